import Foundation

/// Filmic tone mapping and the sRGB transfer curve, as a lookup table so the per-pixel
/// cost is a multiply and an index (see `ShadeJob.shade(band:)`).
struct ToneMap: Sendable {
    /// sRGB-encoded 8-bit value of tone-mapped linear input `i / (count - 1) * maxInput`.
    let table: [UInt8]
    static let count = 4096
    /// Linear radiance that maps to the table's last entry.
    static let maxInput: Float = 8

    init() {
        var t = [UInt8](repeating: 0, count: Self.count)
        for i in 0..<Self.count {
            let x = Float(i) / Float(Self.count - 1) * Self.maxInput
            // ACES filmic fit (Narkowicz 2015).
            let mapped = min(max((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0), 1)
            let srgb = mapped <= 0.003_130_8 ? 12.92 * mapped : 1.055 * powf(mapped, 1 / 2.4) - 0.055
            t[i] = UInt8(min(max(srgb * 255 + 0.5, 0), 255))
        }
        table = t
    }
}
