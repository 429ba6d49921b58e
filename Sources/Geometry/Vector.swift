/// A point or direction in metres, world space is right-handed with y up.
public typealias Vec3 = SIMD3<Float>
public typealias Vec4 = SIMD4<Float>
public typealias Vec2 = SIMD2<Float>

@inlinable @inline(__always) public func dot(_ a: Vec3, _ b: Vec3) -> Float { (a * b).sum() }

@inlinable @inline(__always) public func cross(_ a: Vec3, _ b: Vec3) -> Vec3 {
    Vec3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
}

@inlinable @inline(__always) public func length(_ a: Vec3) -> Float { dot(a, a).squareRoot() }

@inlinable @inline(__always) public func lengthSquared(_ a: Vec3) -> Float { dot(a, a) }

/// Unit vector along `a`; the zero vector stays zero instead of becoming NaN.
@inlinable @inline(__always) public func normalize(_ a: Vec3) -> Vec3 {
    let l = length(a)
    return l > 1e-12 ? a / l : Vec3(repeating: 0)
}

@inlinable @inline(__always) public func mix(_ a: Vec3, _ b: Vec3, _ t: Float) -> Vec3 { a + (b - a) * t }

@inlinable @inline(__always) public func mix(_ a: Float, _ b: Float, _ t: Float) -> Float { a + (b - a) * t }

@inlinable @inline(__always) public func clamp(_ x: Float, _ lo: Float, _ hi: Float) -> Float { min(max(x, lo), hi) }

@inlinable @inline(__always) public func smoothstep(_ e0: Float, _ e1: Float, _ x: Float) -> Float {
    let t = clamp((x - e0) / (e1 - e0), 0, 1)
    return t * t * (3 - 2 * t)
}

extension SIMD3 where Scalar == Float {
    /// The xy and z of a homogeneous vector, without the w.
    @inlinable public init(_ v: Vec4) { self.init(v.x, v.y, v.z) }
}
