/// Where each channel bit and each pilot chip sits in the 128×128-pixel tile that repeats over the frame.
///
/// The tile is a 16×16 grid of 8×8-pixel chips. A keyed shuffle assigns 204 chips to the channel bits
/// (``WatermarkCodeword``) and the remaining 52 to a known pilot. A chip's sign is `±1` for its bit,
/// times a keyed whitening sign, so any payload — even all zeros — looks like noise and the pilot is
/// not mistaken for data. Why these sizes:
/// - an 8×8 chip covers a whole 8×8 (or four 4×4) x264 transform blocks, so a ±1–3 level offset becomes
///   a DC coefficient of 8–24 that survives quantization, and motion compensation that drags the
///   pattern a few pixels still leaves most of each chip in place (4×4 chips, tried first, were lost
///   at CRF 28); after a 50 % downscale the chips are still 4×4 pixels;
/// - a 128-pixel tile repeats ~56 times in a 720×1280 frame, so the detector averages content away by
///   folding, and a crop is only a cyclic shift of the tile (16 384 candidates, searched exhaustively);
/// - the pattern is the same in every frame, so frame-rate changes and trimming do not matter.
enum WatermarkTile {
    static let size = 128
    static let chip = 8
    static let side = size / chip
    static let chipCount = side * side

    /// Chip index (row-major in the 16×16 grid) of each channel bit.
    static let dataChips: [Int] = layout.data
    /// ±1 whitening sign of each channel bit.
    static let whitening: [Float] = layout.whitening
    /// Chip index and sign of each pilot chip.
    static let pilot: [(chip: Int, sign: Float)] = layout.pilot

    /// The tile for `payload` as `size × size` pixel signs (±1), row-major.
    static func pattern(_ payload: WatermarkPayload) -> [Int8] {
        var chips = [Int8](repeating: 0, count: chipCount)
        for (bit, value) in WatermarkCodeword.channelBits(payload).enumerated() {
            chips[dataChips[bit]] = Int8((value ? 1 : -1) * whitening[bit])
        }
        for (chip, sign) in pilot { chips[chip] = Int8(sign) }
        return (0..<size * size).map { chips[($0 / size / chip) * side + ($0 % size) / chip] }
    }

    /// The keyed layout. The key is fixed: detection needs no secret, only this build's layout.
    private static let layout: (data: [Int], whitening: [Float], pilot: [(chip: Int, sign: Float)]) = {
        var random = SplitMix64(seed: 0x4B49_4E4F_5241_574D)  // "KINORAWM"
        var order = Array(0..<chipCount)
        for i in stride(from: chipCount - 1, to: 0, by: -1) {
            order.swapAt(i, Int(random.next() % UInt64(i + 1)))
        }
        let data = Array(order[0..<WatermarkCodeword.channelCount])
        let whitening = data.map { _ in random.next() & 1 == 1 ? Float(1) : -1 }
        let pilot = order[WatermarkCodeword.channelCount...].map { (chip: $0, sign: random.next() & 1 == 1 ? Float(1) : -1) }
        return (data, whitening, pilot)
    }()
}

/// Steele, Lea and Flood's SplitMix64: a tiny, well-mixed generator whose output never changes across platforms.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
