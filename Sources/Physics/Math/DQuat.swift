import Geometry

/// A unit quaternion in double precision (x, y, z imaginary; w real) for the solver's state;
/// see `DVec3` for why the solver does not use Float.
struct DQuat: Equatable {
    var x: Double, y: Double, z: Double, w: Double

    @inline(__always) init(x: Double, y: Double, z: Double, w: Double) {
        self.x = x; self.y = y; self.z = z; self.w = w
    }

    init(_ q: Quat) { self.init(x: Double(q.x), y: Double(q.y), z: Double(q.z), w: Double(q.w)) }

    static let identity = DQuat(x: 0, y: 0, z: 0, w: 1)

    var float: Quat { Quat(x: Float(x), y: Float(y), z: Float(z), w: Float(w)) }

    @inline(__always) var imag: DVec3 { DVec3(x, y, z) }

    @inline(__always) var conjugate: DQuat { DQuat(x: -x, y: -y, z: -z, w: w) }

    @inline(__always) static func * (a: DQuat, b: DQuat) -> DQuat {
        DQuat(
            x: a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
            y: a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
            z: a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w,
            w: a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z)
    }

    @inline(__always) var normalized: DQuat {
        let l = (x * x + y * y + z * z + w * w).squareRoot()
        return l > 1e-15 ? DQuat(x: x / l, y: y / l, z: z / l, w: w / l) : .identity
    }

    /// Rotates a vector: q v q*.
    @inline(__always) func act(_ p: DVec3) -> DVec3 {
        let u = imag
        let t = 2 * cross(u, p)
        return p + w * t + cross(u, t)
    }

    /// Rotates a vector by the inverse rotation: q* v q.
    @inline(__always) func inverseAct(_ p: DVec3) -> DVec3 { conjugate.act(p) }

    /// Adds a small rotation vector `theta` (radians, world frame): q ← normalize(q + ½ [θ, 0] q),
    /// the first-order update XPBD uses both for integration and for position corrections.
    @inline(__always) func adding(rotation theta: DVec3) -> DQuat {
        let d = DQuat(x: theta.x, y: theta.y, z: theta.z, w: 0) * self
        return DQuat(x: x + 0.5 * d.x, y: y + 0.5 * d.y, z: z + 0.5 * d.z, w: w + 0.5 * d.w).normalized
    }

    /// Normalized linear interpolation along the shorter arc, `t` in 0…1.
    func nlerp(to b: DQuat, _ t: Double) -> DQuat {
        let s: Double = (x * b.x + y * b.y + z * b.z + w * b.w) < 0 ? -1 : 1
        return DQuat(
            x: x + (s * b.x - x) * t, y: y + (s * b.y - y) * t,
            z: z + (s * b.z - z) * t, w: w + (s * b.w - w) * t
        ).normalized
    }

    /// The angular velocity (rad/s, world frame) that turns `from` into `self` in `dt` seconds.
    func angularVelocity(from q0: DQuat, dt: Double) -> DVec3 {
        let dq = self * q0.conjugate
        let omega = dq.imag * (2 / dt)
        return dq.w >= 0 ? omega : -omega
    }
}
