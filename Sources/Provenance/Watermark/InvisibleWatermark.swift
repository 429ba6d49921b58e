/// Embeds a ``WatermarkPayload`` into RGBA frames before they are encoded, invisibly and robustly.
///
/// ```swift
/// let mark = InvisibleWatermark(payload: payload, width: 720, height: 1280)   // once per video
/// for frame in frames { frame.withUnsafeMutableBytes { mark.embed(rgba: $0) } }
/// ```
/// The same ±1 tile pattern (``WatermarkTile``) is added to every frame's luma, scaled per 8×8 block by
/// ``PerceptualMask``. The same integer is added to R, G and B, so luma moves by exactly that amount
/// and chroma does not move (BT.709 luma weights sum to 1, chroma weights to 0); channels saturate at 0
/// and 255. Embedding is deterministic: the same frame and payload give the same bytes.
///
/// - Complexity: two passes over the frame per call, split over all cores; the tile is precomputed here.
public final class InvisibleWatermark: Sendable {
    public let payload: WatermarkPayload
    public let width: Int
    public let height: Int
    /// Per tile row, per 4-pixel chunk: the RGBA byte increments where the pattern is +1 (`positive`)
    /// and where it is −1 (`negative`), alpha left alone; multiplied by the block's level at embed time.
    private let positive: [SIMD16<UInt8>]
    private let negative: [SIMD16<UInt8>]

    private static let tile = WatermarkTile.size
    private static let chunksPerTileRow = tile / 4

    public init(payload: WatermarkPayload, width: Int, height: Int) {
        precondition(width > 0 && height > 0, "frame size \(width)x\(height) must be positive")
        self.payload = payload
        self.width = width
        self.height = height
        let pattern = WatermarkTile.pattern(payload)
        func chunks(_ sign: Int8) -> [SIMD16<UInt8>] {
            (0..<Self.tile * Self.chunksPerTileRow).map { index in
                var chunk = SIMD16<UInt8>()
                for pixel in 0..<4 where pattern[index * 4 + pixel] == sign {
                    for channel in 0..<3 { chunk[pixel * 4 + channel] = 1 }
                }
                return chunk
            }
        }
        positive = chunks(1)
        negative = chunks(-1)
    }

    /// Adds the watermark to one frame in place.
    /// - Parameter frame: `width·height·4` bytes, RGBA8, rows top to bottom without padding.
    public func embed(rgba frame: UnsafeMutableRawBufferPointer) {
        precondition(frame.count == width * height * 4, "frame of \(frame.count) bytes: expected \(width)x\(height) RGBA")
        guard let base = frame.baseAddress else { return }
        var mask = PerceptualMask(width: width, height: height)
        mask.measure(base, width: width, height: height)
        let (width, height, cap, columns) = (self.width, self.height, mask.cap, mask.columns)
        let pixels = SharedPointer(base: base.assumingMemoryBound(to: UInt8.self))
        mask.levels.withUnsafeBufferPointer { levels in
            positive.withUnsafeBufferPointer { positive in
                negative.withUnsafeBufferPointer { negative in
                    let levels = SharedPointer(base: UnsafeMutablePointer(mutating: levels.baseAddress!))
                    let plus = SharedPointer(base: UnsafeMutablePointer(mutating: positive.baseAddress!))
                    let minus = SharedPointer(base: UnsafeMutablePointer(mutating: negative.baseAddress!))
                    ParallelBands.run(height) { _, rows in
                        for y in rows {
                            Self.embedRow(
                                UnsafeMutableRawPointer(pixels.base + y * width * 4), width: width,
                                levels: levels.base + (y / PerceptualMask.block) * columns, cap: cap,
                                plus: plus.base + (y % Self.tile) * Self.chunksPerTileRow,
                                minus: minus.base + (y % Self.tile) * Self.chunksPerTileRow)
                        }
                    }
                }
            }
        }
    }

    /// One row: saturating add of `level × plus` and subtract of `level × minus`, 4 pixels at a time.
    private static func embedRow(
        _ row: UnsafeMutableRawPointer, width: Int, levels: UnsafeMutablePointer<UInt8>, cap: UInt8,
        plus: UnsafeMutablePointer<SIMD16<UInt8>>, minus: UnsafeMutablePointer<SIMD16<UInt8>>
    ) {
        let chunks = width / 4
        for k in 0..<chunks {
            let level = min(levels[k * 4 / PerceptualMask.block], cap)
            let up = plus[k % chunksPerTileRow] &* level
            let down = minus[k % chunksPerTileRow] &* level
            var v = row.loadUnaligned(fromByteOffset: k * 16, as: SIMD16<UInt8>.self)
            v &+= pointwiseMin(~v, up)
            v &-= pointwiseMin(v, down)
            row.storeBytes(of: v, toByteOffset: k * 16, as: SIMD16<UInt8>.self)
        }
        // A width that is not a multiple of 4 leaves up to 3 pixels, done one byte at a time.
        for x in chunks * 4..<width {
            let level = min(levels[x / PerceptualMask.block], cap)
            let lane = (x % 4) * 4
            let up = plus[(x / 4) % chunksPerTileRow][lane] &* level
            let down = minus[(x / 4) % chunksPerTileRow][lane] &* level
            for channel in 0..<3 {
                let p = row.assumingMemoryBound(to: UInt8.self) + x * 4 + channel
                p.pointee = UInt8(min(255, max(0, Int(p.pointee) + Int(up) - Int(down))))
            }
        }
    }
}
