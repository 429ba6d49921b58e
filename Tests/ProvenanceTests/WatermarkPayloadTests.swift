import Testing
@testable import Provenance

@Suite struct WatermarkPayloadTests {
    @Test func layoutPutsVersionFlagIssuerAndVideoInOrder() {
        let payload = WatermarkPayload(issuer: 0xBEEF, videoID: 0x12_3456_789A, aiGenerated: true)
        #expect(payload.hex == "03beef123456789a")
        #expect(WatermarkPayload(hex: payload.hex) == payload)
        #expect(WatermarkPayload(issuer: 1, videoID: 2, aiGenerated: false).hex == "0200010000000002")
    }

    @Test func keepsOnlyFortyBitsOfTheVideoID() {
        #expect(WatermarkPayload(issuer: 0, videoID: 0xFFFF_FF12_3456_789A, aiGenerated: false).videoID == 0x12_3456_789A)
    }

    @Test func rejectsMalformedHexAndUnknownVersions() {
        #expect(WatermarkPayload(hex: "03beef") == nil)
        #expect(WatermarkPayload(hex: "03beef123456789g") == nil)
        #expect(WatermarkPayload(hex: "05beef123456789a") == nil)  // version 2
    }

    @Test func crcMatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func viterbiCorrectsScatteredErrorsAndTheCRCCatchesTheRest() {
        let payload = WatermarkPayload(issuer: 7, videoID: 99, aiGenerated: false)
        let channel = WatermarkCodeword.channelBits(payload)
        #expect(channel.count == WatermarkCodeword.channelCount)
        // Flip every 9th bit (23 of 204 = 11 %) and weaken the rest: still decodes exactly.
        let soft = channel.enumerated().map { i, bit -> Float in (bit ? 1 : -1) * (i % 9 == 4 ? -0.8 : 1) * Float(1 + i % 3) }
        let decoded = WatermarkCodeword.decode(soft)
        #expect(decoded.checksumMatches)
        #expect(decoded.bits == payload.bits)
        // Pure noise decodes to something whose CRC does not match.
        var state: UInt64 = 1
        let noise = channel.map { _ -> Float in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(Int64(bitPattern: state) >> 40) / Float(1 << 23)
        }
        #expect(!WatermarkCodeword.decode(noise).checksumMatches)
    }
}
