import Foundation

/// Video ids that sort by creation time: `video_` + 12 hex digits of milliseconds + 12 random hex
/// digits. Listing pages by id is then paging by time, with no tie between two videos.
enum VideoIDs {
    static func make(now: Date = Date()) -> String {
        let ms = UInt64(now.timeIntervalSince1970 * 1000)
        let random = UInt64.random(in: 0..<(1 << 48))
        return "video_" + hex(ms, 12) + hex(random, 12)
    }

    static func isWellFormed(_ id: String) -> Bool {
        id.count == 30 && id.hasPrefix("video_") && id.dropFirst(6).allSatisfy(\.isHexDigit)
    }

    private static func hex(_ n: UInt64, _ digits: Int) -> String {
        let s = String(n, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
