import Testing
@testable import Provenance

@Suite struct CBORTests {
    @Test func encodesRFC8949AppendixAExamples() {
        #expect(CBOR.int(0).encoded() == [0x00])
        #expect(CBOR.int(23).encoded() == [0x17])
        #expect(CBOR.int(24).encoded() == [0x18, 0x18])
        #expect(CBOR.int(1000).encoded() == [0x19, 0x03, 0xE8])
        #expect(CBOR.int(1_000_000).encoded() == [0x1A, 0x00, 0x0F, 0x42, 0x40])
        #expect(CBOR.int(-1).encoded() == [0x20])
        #expect(CBOR.int(-7).encoded() == [0x26])
        #expect(CBOR.text("IETF").encoded() == [0x64, 0x49, 0x45, 0x54, 0x46])
        #expect(CBOR.array([.int(1), .array([.int(2), .int(3)])]).encoded() == [0x82, 0x01, 0x82, 0x02, 0x03])
        #expect(CBOR.tagged(18, .null).encoded() == [0xD2, 0xF6])
    }

    @Test func sortsMapKeysByTheirEncodedBytes() {
        // Shorter encodings sort first, so 10 (0x0A) precedes "a" (0x61 0x61) and -1 (0x20).
        let map = CBOR.map([(.text("a"), .int(1)), (.int(-1), .int(2)), (.int(10), .int(3))])
        #expect(map.encoded() == [0xA3, 0x0A, 0x03, 0x20, 0x02, 0x61, 0x61, 0x01])
    }

    @Test func decodesWhatItEncodes() throws {
        let item = CBOR.map([
            (.text("alg"), .text("sha256")), (.text("hash"), .bytes([1, 2, 3])),
            (.int(33), .array([.bytes([9]), .bool(true), .null])), (.text("n"), .int(-300)),
        ])
        #expect(try CBOR.decode(item.encoded()) == item)
        #expect(try CBOR.decode(item.encoded())["alg"]?.textValue == "sha256")
        #expect(try CBOR.decode(item.encoded())[label: 33]?.arrayValue?.count == 3)
    }

    @Test func rejectsTruncatedHostileAndTrailingInput() {
        #expect(throws: CBOR.DecodingError.self) { try CBOR.decode([0x64, 0x49]) }
        #expect(throws: CBOR.DecodingError.self) { try CBOR.decode([0x9B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]) }
        #expect(throws: CBOR.DecodingError.self) { try CBOR.decode([UInt8](repeating: 0x81, count: 100) + [0]) }
        #expect(throws: CBOR.DecodingError.self) { try CBOR.decode([0x01, 0x02]) }
        #expect(throws: CBOR.DecodingError.self) { try CBOR.decode([0x5F]) }
    }
}
