import Foundation

/// A unit quaternion for orientations (x, y, z imaginary; w real). Foundation's `simd_quatf`
/// exists on Apple platforms only, so Kinora carries its own.
public struct Quat: Sendable, Hashable, Codable {
    public var v: Vec4

    public static let identity = Quat(x: 0, y: 0, z: 0, w: 1)

    @inlinable public init(x: Float, y: Float, z: Float, w: Float) { v = Vec4(x, y, z, w) }

    @inlinable public var x: Float { v.x }
    @inlinable public var y: Float { v.y }
    @inlinable public var z: Float { v.z }
    @inlinable public var w: Float { v.w }
    @inlinable public var imag: Vec3 { Vec3(v.x, v.y, v.z) }

    /// Rotation of `angle` radians about `axis` (need not be normalized).
    public init(angle: Float, axis: Vec3) {
        let a = normalize(axis) * sinf(angle / 2)
        v = Vec4(a.x, a.y, a.z, cosf(angle / 2))
    }

    @inlinable public static func * (a: Quat, b: Quat) -> Quat {
        let av = a.imag, bv = b.imag
        let im = a.w * bv + b.w * av + cross(av, bv)
        return Quat(x: im.x, y: im.y, z: im.z, w: a.w * b.w - dot(av, bv))
    }

    @inlinable public var conjugate: Quat { Quat(x: -x, y: -y, z: -z, w: w) }

    @inlinable public var normalized: Quat {
        let l = (v * v).sum().squareRoot()
        return l > 1e-12 ? Quat(x: x / l, y: y / l, z: z / l, w: w / l) : .identity
    }

    /// Rotates a vector: q v q*.
    @inlinable public func act(_ p: Vec3) -> Vec3 {
        let u = imag
        let t = 2 * cross(u, p)
        return p + w * t + cross(u, t)
    }
}
