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
        try flipByte(at: box.offset + box.size / 2, of: url)
    }

    /// The top-level `uuid` box that carries C2PA credentials.
    static func c2paBox(of url: URL) throws -> MP4Box? {
        try MP4Boxes.topLevel(url).first { $0.type == "uuid" }
    }

    /// Inverts the byte at `offset`.
    static func flipByte(at offset: Int, of url: URL) throws {
        let file = try FileHandle(forUpdating: url)
        defer { try? file.close() }
        let at = UInt64(offset)
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
