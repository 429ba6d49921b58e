/// The visible mark on every Kinora video: a logo, "Kinora" and the creator's handle, drawn
/// into the frames before encoding. It hops between places during the clip (fading out and
/// in), so cropping one corner away does not remove it.
///
/// The mark is drawn once into a small sprite of coverage values; each frame only blends
/// that sprite at the current place, so the cost is a few thousand pixels per frame.
public final class VisibleWatermark: Sendable {
    public let width: Int
    public let height: Int
    let sprite: WatermarkSprite
    let path: WatermarkPath

    /// - Parameters:
    ///   - handle: the creator, e.g. `@ana`; characters outside letters, digits and `@._-` are dropped, and it is cut to 24.
    ///   - seed: chooses the sequence of places, so the same video gets the same path.
    public init(handle: String?, width: Int, height: Int, fps: Int, seconds: Double, seed: UInt64) {
        self.width = width
        self.height = height
        let scale = max(1, Int((Double(min(width, height)) / 200).rounded()))
        sprite = WatermarkSprite(lines: ["Kinora", Self.clean(handle)].filter { !$0.isEmpty }, scale: scale)
        path = WatermarkPath(frame: (width, height), mark: (sprite.width, sprite.height), fps: fps, seconds: seconds, seed: seed)
    }

    /// Blends the mark into an RGBA8 frame of `width × height` for frame number `frameIndex`.
    public func draw(rgba frame: UnsafeMutableRawBufferPointer, frameIndex: Int) {
        let (x0, y0, opacity) = path.placement(frame: frameIndex)
        guard opacity > 0 else { return }
        let pixels = frame.bindMemory(to: UInt8.self)
        for sy in 0..<sprite.height {
            let y = y0 + sy
            guard y >= 0, y < height else { continue }
            for sx in 0..<sprite.width {
                let x = x0 + sx
                guard x >= 0, x < width else { continue }
                let (shade, fill) = sprite.coverage(sx, sy)
                guard shade > 0 || fill > 0 else { continue }
                let darken = 1 - 0.5 * shade * opacity
                let light = 0.88 * fill * opacity
                let p = (y * width + x) * 4
                for c in 0..<3 {
                    let v = Float(pixels[p + c]) * darken
                    pixels[p + c] = UInt8(min(255, (v + (255 - v) * light).rounded()))
                }
            }
        }
    }

    static func clean(_ handle: String?) -> String {
        let allowed = handle?.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "@._-".contains($0)) } ?? ""
        return String(allowed.prefix(24))
    }
}
