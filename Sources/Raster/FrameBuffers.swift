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

    init(width: Int, height: Int, bands: Int) {
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
