/// The renderer's per-pixel storage, allocated once for the renderer's life: bands write into
/// it in parallel through raw pointers, so it must never move or be copied (a Swift array
/// could do both on a copy-on-write). A video of any length renders in this fixed memory.
final class FrameBuffers: @unchecked Sendable {
    /// NDC depth during rasterization, then the distance to what each pixel shows.
    let depth: UnsafeMutableBufferPointer<Float>
    /// Index of the visible triangle, −1 where the background shows.
    let triangle: UnsafeMutableBufferPointer<Int32>
    /// Screen-space barycentric weights of the visible triangle's corners 1 and 2.
    let weights: UnsafeMutableBufferPointer<SIMD2<Float>>
    /// The image, 8-bit sRGB RGBA.
    let pixels: UnsafeMutableBufferPointer<UInt8>
    /// A second image (or mask) for passes that read neighbours while writing.
    let scratch: UnsafeMutableBufferPointer<UInt8>
    /// The shading grids of every band (see `ShadingGrid`).
    let gridSamples: UnsafeMutableBufferPointer<SIMD4<Float>>
    let gridSeen: UnsafeMutableBufferPointer<Int32>
    let gridCells: UnsafeMutableBufferPointer<Int32>
    /// The grain of paper, 0…1 per pixel, fixed to the sheet; made on first use by a style
    /// that paints on paper (watercolour, ukiyo-e) and kept for every later frame.
    private(set) var paper: UnsafeMutableBufferPointer<Float>?
    private let width: Int, height: Int

    init(width: Int, height: Int, bands: Int) {
        self.width = width
        self.height = height
        let n = width * height
        depth = .allocate(n, 1)
        triangle = .allocate(n, -1)
        weights = .allocate(n, .zero)
        pixels = .allocate(n * 4, 0)
        scratch = .allocate(n * 4, 0)
        let samples = bands * ShadingGrid.columns(width: width) * ShadingGrid.rowsPerBand
        gridSamples = .allocate(samples, .zero)
        gridSeen = .allocate(samples, 0)
        gridCells = .allocate(samples, 0)
    }

    deinit {
        depth.deallocate()
        triangle.deallocate()
        weights.deallocate()
        pixels.deallocate()
        scratch.deallocate()
        gridSamples.deallocate()
        gridSeen.deallocate()
        gridCells.deallocate()
        paper?.deallocate()
    }

    /// The paper grain, computed once (two octaves of value noise, about 220 grains across).
    func paperGrain() -> UnsafeMutableBufferPointer<Float> {
        if let paper { return paper }
        let grain = UnsafeMutableBufferPointer<Float>.allocate(width * height, 0)
        let scale = Float(Swift.max(width, height)) / 220
        let w = width
        let out = SendablePointer(grain.baseAddress!)
        ParallelRows.run(height) { rows in
            for y in rows {
                for x in 0..<w { out.pointer[y * w + x] = Noise.fbm(Float(x) / scale, Float(y) / scale) }
            }
        }
        paper = grain
        return grain
    }
}

extension UnsafeMutableBufferPointer {
    /// A new buffer of `count` elements, each set to `value`.
    static func allocate(_ count: Int, _ value: Element) -> Self {
        let buffer = Self.allocate(capacity: Swift.max(count, 1))
        buffer.initialize(repeating: value)
        return buffer
    }
}
