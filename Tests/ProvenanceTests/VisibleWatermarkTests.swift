import Testing
@testable import Provenance

@Suite struct VisibleWatermarkTests {
    /// A mid-grey RGBA frame with the mark of `frame` drawn into it; returns the changed pixels' bounding box.
    static func marked(_ mark: VisibleWatermark, frame: Int) -> (pixels: [UInt8], box: (x0: Int, y0: Int, x1: Int, y1: Int)?) {
        var pixels = [UInt8](repeating: 128, count: mark.width * mark.height * 4)
        pixels.withUnsafeMutableBytes { mark.draw(rgba: $0, frameIndex: frame) }
        var box: (Int, Int, Int, Int)?
        for y in 0..<mark.height {
            for x in 0..<mark.width where pixels[(y * mark.width + x) * 4] != 128 {
                box = box.map { (min($0.0, x), min($0.1, y), max($0.2, x), max($0.3, y)) } ?? (x, y, x, y)
            }
        }
        return (pixels, box)
    }

    @Test func drawsALegibleMarkThatMovesDuringTheClip() throws {
        let mark = VisibleWatermark(handle: "@ana", width: 720, height: 1280, fps: 24, seconds: 10, seed: 42)
        var places: Set<[Int]> = []
        for second in [1, 4, 6, 9] {
            let (pixels, box) = Self.marked(mark, frame: second * 24)
            let b = try #require(box, "no mark at \(second) s")
            places.insert([b.x0, b.y0])
            // Big enough to read on a phone: at least 3% of the frame's height, inside the frame.
            #expect(b.y1 - b.y0 >= 1280 * 3 / 100)
            #expect(b.x0 >= 0 && b.x1 < 720 && b.y1 < 1280 * 7 / 8)
            // Light text over a dark halo: both brighter and darker pixels than the background.
            let reds = stride(from: 0, to: pixels.count, by: 4).map { pixels[$0] }
            #expect(reds.contains { $0 > 200 } && reds.contains { $0 < 100 })
        }
        #expect(places.count >= 3, "the mark stayed in \(places.count) places")
    }

    @Test func fadesBetweenPlacesAndIsDeterministic() {
        let mark = VisibleWatermark(handle: "@ana", width: 360, height: 640, fps: 24, seconds: 6, seed: 7)
        let steady = Self.marked(mark, frame: 24).pixels
        let fading = Self.marked(mark, frame: 59).pixels  // 2.46 s, inside the fade before the 2.5 s hop
        let brightest = { (p: [UInt8]) in stride(from: 0, to: p.count, by: 4).map { p[$0] }.max() ?? 0 }
        #expect(brightest(fading) < brightest(steady))
        #expect(Self.marked(mark, frame: 24).pixels == steady)
        let other = VisibleWatermark(handle: "@ana", width: 360, height: 640, fps: 24, seconds: 6, seed: 8)
        #expect((0..<6).contains { Self.marked(other, frame: $0 * 24).box?.x0 != Self.marked(mark, frame: $0 * 24).box?.x0 || Self.marked(other, frame: $0 * 24).box?.y0 != Self.marked(mark, frame: $0 * 24).box?.y0 })
    }

    @Test func aTinyFrameAndAnOddHandleAreSafe() {
        let mark = VisibleWatermark(handle: "@ana 💥 <script>" + String(repeating: "x", count: 100), width: 32, height: 48, fps: 12, seconds: 1, seed: 1)
        #expect(VisibleWatermark.clean("@ana 💥 <script>") == "@anascript")
        #expect(VisibleWatermark.clean(String(repeating: "y", count: 40)).count == 24)
        // Drawing clips to the frame: no crash, and the buffer keeps its size.
        let (pixels, box) = Self.marked(mark, frame: 0)
        #expect(pixels.count == 32 * 48 * 4)
        #expect(box != nil)
    }
}
