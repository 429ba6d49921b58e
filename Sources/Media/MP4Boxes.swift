public import Foundation

/// Reads the box structure of MP4 files without loading them: enough to check faststart
/// (moov before mdat) and to find where to insert or read boxes such as C2PA's `uuid`.
public enum MP4Boxes {
    /// Boxes at the top level of the file, in file order. Handles 64-bit sizes and size 0 ("to end of file").
    public static func topLevel(_ url: URL) throws -> [MP4Box] {
        let file = try open(url)
        defer { try? file.close() }
        let length = try Int(file.seekToEnd())
        return try boxes(in: file, from: 0, to: length, url: url)
    }

    /// Boxes directly inside a container box (e.g. `moov` → `mvhd`, `trak`, `udta`).
    public static func children(of box: MP4Box, in url: URL) throws -> [MP4Box] {
        let file = try open(url)
        defer { try? file.close() }
        return try boxes(in: file, from: box.payloadOffset, to: box.end, url: url)
    }

    /// True when the file's `moov` box comes before its `mdat` box, so playback can start while downloading.
    public static func isFaststart(_ url: URL) throws -> Bool {
        let types = try topLevel(url).map(\.type)
        guard let moov = types.firstIndex(of: "moov"), let mdat = types.firstIndex(of: "mdat") else { return false }
        return moov < mdat
    }

    static func boxes(in file: FileHandle, from start: Int, to end: Int, url: URL) throws -> [MP4Box] {
        var result: [MP4Box] = []
        var offset = start
        while offset < end {
            guard end - offset >= 8 else {
                throw malformed(url, "\(end - offset) stray bytes at offset \(offset), too few for a box header")
            }
            try file.seek(toOffset: UInt64(offset))
            let header = [UInt8](try file.read(upToCount: 16) ?? Data())
            guard header.count >= 8 else { throw malformed(url, "truncated box header at offset \(offset)") }
            let size32 = header[0..<4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: header[4..<8].map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
            var size = size32
            var headerSize = 8
            if size32 == 1 {
                guard header.count >= 16 else { throw malformed(url, "truncated 64-bit size of '\(type)' at offset \(offset)") }
                let large = header[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                guard large <= UInt64(Int.max) else { throw malformed(url, "box '\(type)' at offset \(offset) is too large") }
                size = Int(large)
                headerSize = 16
            } else if size32 == 0 {
                size = end - offset  // extends to the end of the enclosing range
            }
            guard size >= headerSize else {
                throw malformed(url, "box '\(type)' at offset \(offset) has size \(size), smaller than its header")
            }
            guard size <= end - offset else {
                throw malformed(url, "box '\(type)' at offset \(offset) claims \(size) bytes but only \(end - offset) remain")
            }
            result.append(MP4Box(type: type, offset: offset, size: size, headerSize: headerSize))
            offset += size
        }
        return result
    }

    private static func open(_ url: URL) throws -> FileHandle {
        do {
            return try FileHandle(forReadingFrom: url)
        } catch {
            throw MediaError(.io, "\(url.path): cannot open: \(error.localizedDescription)")
        }
    }

    private static func malformed(_ url: URL, _ what: String) -> MediaError {
        MediaError(.malformed, "\(url.lastPathComponent): not a valid MP4: \(what)")
    }
}
