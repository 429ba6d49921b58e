import Foundation
import Media
import TestSupport

/// Small real MP4 files made with ffmpeg, and ways to damage them.
enum Fixtures {
    /// A 1-second 160x284 H.264/AAC MP4 with faststart, like Kinora's output.
    static func smallMP4(in dir: URL, name: String = "clip.mp4") throws -> URL {
        let url = dir.appendingPathComponent(name)
        let r = try TestSupport.run(program: "ffmpeg", [
            "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=160x284:rate=24:duration=1",
            "-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:v", "libx264", "-preset", "veryfast",
            "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "-movflags", "+faststart", url.path,
        ])
        guard r.status == 0 else { throw ProvenanceTestError("ffmpeg failed: \(r.stderr)") }
        return url
    }

    /// Inverts one byte in the middle of the first box of `type`.
    static func flipByte(inBox type: String, of url: URL) throws {
        guard let box = try MP4Boxes.topLevel(url).first(where: { $0.type == type }) else { throw ProvenanceTestError("no \(type) box") }
        let file = try FileHandle(forUpdating: url)
        defer { try? file.close() }
        let at = UInt64(box.offset + box.size / 2)
        try file.seek(toOffset: at)
        let byte = try file.read(upToCount: 1)?.first ?? 0
        try file.seek(toOffset: at)
        try file.write(contentsOf: [~byte])
    }
}

struct ProvenanceTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Any JSON value, for reading what another tool printed.
enum JSONValue: Decodable, Sendable {
    case string(String), number(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }
}
