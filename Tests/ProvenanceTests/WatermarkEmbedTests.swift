import Foundation
import Testing
@testable import Provenance

@Suite struct WatermarkEmbedTests {
    /// PSNR of the BT.709 luma of two RGBA frame lists.
    static func psnrY(_ a: [[UInt8]], _ b: [[UInt8]]) -> Double {
        var squares = 0.0, count = 0
        for (x, y) in zip(a, b) {
            for i in stride(from: 0, to: x.count, by: 4) {
                let d = 0.2126 * (Double(x[i]) - Double(y[i])) + 0.7152 * (Double(x[i + 1]) - Double(y[i + 1]))
                    + 0.0722 * (Double(x[i + 2]) - Double(y[i + 2]))
                squares += d * d
                count += 1
            }
        }
        return 10 * log10(255 * 255 / max(squares / Double(count), 1e-12))
    }

    @Test func staysAbove42DecibelsPSNRY() {
        let frames = [0, 17, 35]
        let psnr = Self.psnrY(frames.map { WatermarkTestClip.frame($0, marked: false) }, frames.map { WatermarkTestClip.frame($0, marked: true) })
        #expect(psnr >= 42, "PSNR-Y \(psnr) dB")
        #expect(psnr < 60, "PSNR-Y \(psnr) dB: the mark is missing")
    }

    @Test func isDeterministicAndDependsOnThePayload() {
        let frame = WatermarkTestClip.frame(5, marked: false)
        func marked(_ payload: WatermarkPayload) -> [UInt8] {
            var copy = frame
            let mark = InvisibleWatermark(payload: payload, width: WatermarkTestClip.width, height: WatermarkTestClip.height)
            copy.withUnsafeMutableBytes { mark.embed(rgba: $0) }
            return copy
        }
        #expect(marked(WatermarkTestClip.payload) == marked(WatermarkTestClip.payload))
        #expect(marked(WatermarkTestClip.payload) != marked(WatermarkPayload(issuer: 43, videoID: 1, aiGenerated: true)))
        #expect(marked(WatermarkTestClip.payload) == WatermarkTestClip.frame(5, marked: true))
    }

    @Test func marksFlatGradientsByOneLevelOnlyAndLeavesAlphaAndChromaAlone() {
        let (width, height) = (202, 130)  // not multiples of the tile, the block or a 4-pixel chunk
        var frame = [UInt8](repeating: 0, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let v = UInt8(60 + x / 2)
                frame.replaceSubrange((y * width + x) * 4..<(y * width + x) * 4 + 4, with: [v, v, v, 200])
            }
        }
        var marked = frame
        marked.withUnsafeMutableBytes { InvisibleWatermark(payload: WatermarkTestClip.payload, width: width, height: height).embed(rgba: $0) }
        var changed = 0
        for i in stride(from: 0, to: frame.count, by: 4) {
            let d = (0..<3).map { Int(marked[i + $0]) - Int(frame[i + $0]) }
            #expect(abs(d[0]) <= 1 && d[0] == d[1] && d[1] == d[2])
            #expect(marked[i + 3] == 200)
            if d[0] != 0 { changed += 1 }
        }
        #expect(changed == width * height, "every pixel carries ±1, including the ragged right column")
    }

    @Test func saturatesInsteadOfWrappingAround() {
        let (width, height) = (64, 64)
        var frame = [UInt8]((0..<width * height).flatMap { i in i % 2 == 0 ? [255, 255, 255, 255] : [0, 0, 0, 255] as [UInt8] })
        let original = frame
        frame.withUnsafeMutableBytes { InvisibleWatermark(payload: WatermarkTestClip.payload, width: width, height: height).embed(rgba: $0) }
        for i in stride(from: 0, to: frame.count, by: 4) {
            let d = Int(frame[i]) - Int(original[i])
            #expect(original[i] == 255 ? d <= 0 : d >= 0)
        }
    }
}
