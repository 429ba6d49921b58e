import Foundation
import Media
import TestSupport
import Testing

struct MP4BoxesTests {
    func box(_ type: String, payload: Int, large: Bool = false) -> [UInt8] {
        let size = payload + (large ? 16 : 8)
        var out: [UInt8] = large ? [0, 0, 0, 1] : (0..<4).map { UInt8(size >> (24 - 8 * $0) & 0xff) }
        out += Array(type.utf8)
        if large { out += (0..<8).map { UInt8(size >> (56 - 8 * $0) & 0xff) } }
        return out + [UInt8](repeating: 7, count: payload)
    }

    @Test func readsTopLevelBoxesWith32And64BitAndToEndSizes() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("synthetic.mp4")
        let toEnd: [UInt8] = [0, 0, 0, 0] + Array("free".utf8) + [1, 2, 3]
        try Data(box("ftyp", payload: 12) + box("moov", payload: 30) + box("mdat", payload: 100, large: true) + toEnd).write(to: url)
        let boxes = try MP4Boxes.topLevel(url)
        #expect(boxes == [
            MP4Box(type: "ftyp", offset: 0, size: 20),
            MP4Box(type: "moov", offset: 20, size: 38),
            MP4Box(type: "mdat", offset: 58, size: 116, headerSize: 16),
            MP4Box(type: "free", offset: 174, size: 11),
        ])
        #expect(try MP4Boxes.isFaststart(url))
    }

    @Test func rejectsTruncatedFiles() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("cut.mp4")
        try Data(box("ftyp", payload: 12) + Array(box("mdat", payload: 100).prefix(50))).write(to: url)
        #expect(throws: MediaError(.malformed, "cut.mp4: not a valid MP4: box 'mdat' at offset 20 claims 108 bytes but only 50 remain")) {
            try MP4Boxes.topLevel(url)
        }
    }

    @Test func readsARealFileAndItsChildren() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Fixtures.encode(in: dir, withAudio: true)
        let boxes = try MP4Boxes.topLevel(url)
        let fileSize = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber).intValue
        #expect(boxes.last?.end == fileSize)
        #expect(zip(boxes, boxes.dropFirst()).allSatisfy { $0.end == $1.offset })
        let moov = try #require(boxes.first { $0.type == "moov" })
        let children = try MP4Boxes.children(of: moov, in: url).map(\.type)
        #expect(children.first == "mvhd")
        #expect(children.filter { $0 == "trak" }.count == 2)
    }
}
