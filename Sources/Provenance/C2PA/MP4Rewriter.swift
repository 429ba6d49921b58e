import Foundation
import Media

/// Copies an MP4 with a new top-level box after `ftyp`, moving every chunk offset in the
/// sample tables (`stco`, `co64`) by the inserted size so the file still plays.
enum MP4Rewriter {
    /// - Returns: the offset of the inserted box in `output`.
    static func insertAfterFileType(_ box: [UInt8], from input: URL, to output: URL) throws -> Int {
        let boxes = try MP4Boxes.topLevel(input)
        guard let ftyp = boxes.first, ftyp.type == "ftyp" else { throw ProvenanceError("\(input.lastPathComponent): not an MP4 (no 'ftyp' box first)") }
        guard boxes.contains(where: { $0.type == "moov" }) else { throw ProvenanceError("\(input.lastPathComponent): no 'moov' box") }
        guard !boxes.contains(where: { $0.type == "moof" }) else { throw ProvenanceError("\(input.lastPathComponent): fragmented MP4 is not supported") }
        let source = try FileHandle(forReadingFrom: input)
        defer { try? source.close() }
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else { throw ProvenanceError("cannot write \(output.path)") }
        let sink = try FileHandle(forWritingTo: output)
        defer { try? sink.close() }
        try copy(ftyp, from: source, to: sink)
        try sink.write(contentsOf: box)
        for b in boxes.dropFirst() {
            if b.type == "moov" {
                try source.seek(toOffset: UInt64(b.offset))
                var moov = [UInt8](try source.read(upToCount: b.size) ?? Data())
                try shiftChunkOffsets(in: &moov, range: b.headerSize..<moov.count, by: box.count)
                try sink.write(contentsOf: moov)
            } else {
                try copy(b, from: source, to: sink)
            }
        }
        return ftyp.size
    }

    private static func copy(_ box: MP4Box, from source: FileHandle, to sink: FileHandle) throws {
        try source.seek(toOffset: UInt64(box.offset))
        var left = box.size
        while left > 0 {
            guard let chunk = try source.read(upToCount: min(left, 1 << 20)), !chunk.isEmpty else { throw ProvenanceError("the file ends inside box '\(box.type)'") }
            try sink.write(contentsOf: chunk)
            left -= chunk.count
        }
    }

    /// The containers on the path from `moov` to the sample tables.
    private static let containers: Set<String> = ["trak", "mdia", "minf", "stbl", "edts", "dinf"]

    private static func shiftChunkOffsets(in bytes: inout [UInt8], range: Range<Int>, by delta: Int) throws {
        var offset = range.lowerBound
        while offset + 8 <= range.upperBound {
            let size = read(bytes, offset, 4)
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            guard size >= 8, offset + size <= range.upperBound else { throw ProvenanceError("malformed box '\(type)' inside 'moov'") }
            switch type {
            case _ where containers.contains(type):
                try shiftChunkOffsets(in: &bytes, range: offset + 8..<offset + size, by: delta)
            case "stco", "co64":
                let width = type == "stco" ? 4 : 8
                let count = read(bytes, offset + 12, 4)
                guard 16 + count * width <= size else { throw ProvenanceError("malformed '\(type)' table") }
                for i in 0..<count {
                    let at = offset + 16 + i * width
                    let shifted = UInt64(read(bytes, at, width)) + UInt64(delta)
                    guard width == 8 || shifted <= UInt64(UInt32.max) else { throw ProvenanceError("chunk offsets overflow 'stco' after inserting the manifest") }
                    bytes.replaceSubrange(at..<at + width, with: CBOR.bigEndian(shifted, width))
                }
            default: break
            }
            offset += size
        }
    }

    private static func read(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int {
        bytes[at..<at + count].reduce(0) { $0 << 8 | Int($1) }
    }
}
