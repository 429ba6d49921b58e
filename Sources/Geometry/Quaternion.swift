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

    /// Integrates an angular velocity `omega` (rad/s, world frame) over `dt` seconds.
    @inlinable public func integrated(omega: Vec3, dt: Float) -> Quat {
        let dq = Quat(x: omega.x, y: omega.y, z: omega.z, w: 0) * self
        let h = 0.5 * dt
        return Quat(x: x + h * dq.x, y: y + h * dq.y, z: z + h * dq.z, w: w + h * dq.w).normalized
    }

    /// Rotation that turns the +z axis to look along `forward` with `up` kept upright.
    public static func lookRotation(forward: Vec3, up: Vec3 = Vec3(0, 1, 0)) -> Quat {
        let f = normalize(forward)
        var r = normalize(cross(up, f))
        if lengthSquared(r) < 1e-8 { r = Vec3(1, 0, 0) }
        let u = cross(f, r)
        return Quat(rotationColumns: r, u, f)
    }

    /// Builds the quaternion of the rotation matrix whose columns are `c0`, `c1`, `c2`.
    public init(rotationColumns c0: Vec3, _ c1: Vec3, _ c2: Vec3) {
        let trace = c0.x + c1.y + c2.z
        if trace > 0 {
            let s = (trace + 1).squareRoot() * 2
            self.init(x: (c1.z - c2.y) / s, y: (c2.x - c0.z) / s, z: (c0.y - c1.x) / s, w: 0.25 * s)
        } else if c0.x > c1.y && c0.x > c2.z {
            let s = (1 + c0.x - c1.y - c2.z).squareRoot() * 2
            self.init(x: 0.25 * s, y: (c1.x + c0.y) / s, z: (c2.x + c0.z) / s, w: (c1.z - c2.y) / s)
        } else if c1.y > c2.z {
            let s = (1 + c1.y - c0.x - c2.z).squareRoot() * 2
            self.init(x: (c1.x + c0.y) / s, y: 0.25 * s, z: (c2.y + c1.z) / s, w: (c2.x - c0.z) / s)
        } else {
            let s = (1 + c2.z - c0.x - c1.y).squareRoot() * 2
            self.init(x: (c2.x + c0.z) / s, y: (c2.y + c1.z) / s, z: 0.25 * s, w: (c0.y - c1.x) / s)
        }
        self = self.normalized
    }
}
