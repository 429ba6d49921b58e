/// Cheap approximations for per-pixel procedural effects, where a few thousandths of error
/// cannot be seen but libm's full-precision calls cost a fifth of the frame.
enum FastMath {
    /// floor(x) for |x| < 2³¹ without a call into libm.
    @inline(__always) static func floor(_ x: Float) -> Float {
        let t = Float(Int32(truncatingIfNeeded: Int(x)))
        return t > x ? t - 1 : t
    }

    /// sin(x) to within about 0.001 for any finite x: range reduction to [−π, π], then a
    /// parabola refined once (the classic Bhaskara-style fit).
    @inline(__always) static func sin(_ x: Float) -> Float {
        let twoPi: Float = 6.283_185_3
        var t = x * (1 / twoPi)
        t -= floor(t + 0.5)          // t in [−0.5, 0.5)
        let y = t * 8 * (1 - 2 * abs(t))       // parabola through the sine's zeros and peaks
        return y * (0.775 + 0.225 * abs(y))    // refinement step
    }

    /// e^x for x ≤ 0 within about 0.2 %, via 2^(x·log2 e) with a cubic for the fraction.
    @inline(__always) static func expNegative(_ x: Float) -> Float {
        let v = max(x * 1.442_695, -126)
        let i = floor(v)
        let f = v - i
        let p = 1 + f * (0.695_976 + f * (0.226_411 + f * 0.078_161))
        return p * Float(sign: .plus, exponent: Int(i), significand: 1)
    }

    /// Lane-wise maximum and minimum; the standard library's generic `pointwiseMax` is not
    /// always inlined, and these run for every pixel.
    @inline(__always) static func lanewiseMax<V: SIMD>(_ a: V, _ b: V) -> V where V.Scalar == Float { a.replacing(with: b, where: b .> a) }
    @inline(__always) static func lanewiseMin<V: SIMD>(_ a: V, _ b: V) -> V where V.Scalar == Float { a.replacing(with: b, where: b .< a) }
}
