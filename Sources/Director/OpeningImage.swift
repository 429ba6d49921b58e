import Foundation
import Media

/// An image the video opens on (the Videos API's `input_reference`): the first frame is the
/// image itself, and it dissolves into the rendered scene over the first three quarters of a
/// second. The engine does not reconstruct a 3D scene from the picture; it starts from it.
struct OpeningImage {
    static let dissolveSeconds = 0.75
    let rgb: [UInt8]
    let frames: Int

    init(_ url: URL, width: Int, height: Int, fps: Int) throws {
        guard let rgb = try Decode.frames(url, width: width, height: height).first else {
            throw DirectorError("opening image \(url.lastPathComponent): no picture could be decoded")
        }
        self.rgb = rgb
        frames = max(1, Int(Self.dissolveSeconds * Double(fps)))
    }

    /// Mixes the image over an RGBA frame: fully at frame 0, fading out with a smoothstep.
    func blend(into frame: UnsafeMutableRawBufferPointer, index: Int) {
        guard index < frames else { return }
        let t = Float(index) / Float(frames)
        let w = 1 - t * t * (3 - 2 * t)
        let pixels = frame.bindMemory(to: UInt8.self)
        let count = rgb.count / 3
        for i in 0..<count {
            for c in 0..<3 {
                let mixed = Float(pixels[i * 4 + c]) * (1 - w) + Float(rgb[i * 3 + c]) * w
                pixels[i * 4 + c] = UInt8(min(255, mixed.rounded()))
            }
        }
    }
}
