/// Cheap approximations for per-pixel procedural effects, where a few thousandths of error
/// cannot be seen but libm's full-precision calls cost a fifth of the frame.
enum FastMath {
    /// sin(x) to within about 0.001 for any finite x: range reduction to [−π, π], then a
    /// parabola refined once (the classic Bhaskara-style fit).
    @inline(__always) static func sin(_ x: Float) -> Float {
        let twoPi: Float = 6.283_185_3
        var t = x * (1 / twoPi)
        t -= (t + 0.5).rounded(.down)          // t in [−0.5, 0.5)
        let y = t * 8 * (1 - 2 * abs(t))       // parabola through the sine's zeros and peaks
        return y * (0.775 + 0.225 * abs(y))    // refinement step
    }

    /// e^x for x ≤ 0 within about 0.2 %, via 2^(x·log2 e) with a cubic for the fraction.
    @inline(__always) static func expNegative(_ x: Float) -> Float {
        let v = max(x * 1.442_695, -126)
        let i = v.rounded(.down)
        let f = v - i
        let p = 1 + f * (0.695_976 + f * (0.226_411 + f * 0.078_161))
        return p * Float(sign: .plus, exponent: Int(i), significand: 1)
    }
}
