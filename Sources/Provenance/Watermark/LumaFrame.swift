/// One decoded frame's luma, for detecting in memory (tests, frames already decoded).
public struct LumaFrame: Sendable {
    public var width: Int
    public var height: Int
    /// `width·height` 8-bit luma values, rows top to bottom.
    public var luma: [UInt8]

    public init(width: Int, height: Int, luma: [UInt8]) {
        precondition(luma.count == width * height, "luma of \(luma.count) bytes: expected \(width)x\(height)")
        self.width = width
        self.height = height
        self.luma = luma
    }

    /// From packed RGB (3 bytes per pixel, as `Decode.frames` returns) or RGBA (4) with BT.709 weights.
    public init(width: Int, height: Int, rgb: [UInt8], bytesPerPixel: Int = 3) {
        precondition(rgb.count == width * height * bytesPerPixel, "frame of \(rgb.count) bytes: expected \(width)x\(height)x\(bytesPerPixel)")
        self.init(width: width, height: height, luma: (0..<width * height).map { i -> UInt8 in
            let p = i * bytesPerPixel
            let r = 0.2126 * Double(rgb[p]), g = 0.7152 * Double(rgb[p + 1]), b = 0.0722 * Double(rgb[p + 2])
            return UInt8((r + g + b).rounded())
        })
    }
}
