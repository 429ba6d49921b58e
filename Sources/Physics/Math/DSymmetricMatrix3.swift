/// A symmetric 3×3 matrix in double precision: a world-frame inverse inertia tensor.
struct DSymmetricMatrix3 {
    var xx: Double, yy: Double, zz: Double, xy: Double, xz: Double, yz: Double

    static let zero = DSymmetricMatrix3(xx: 0, yy: 0, zz: 0, xy: 0, xz: 0, yz: 0)

    /// R diag(d) Rᵀ for the rotation `q`: a body-frame diagonal tensor seen in the world frame.
    init(rotating d: DVec3, by q: DQuat) {
        let a = q.act(DVec3(1, 0, 0)), b = q.act(DVec3(0, 1, 0)), c = q.act(DVec3(0, 0, 1))
        // Columns of R are the rotated axes: M = Σ d_k r_k r_kᵀ.
        xx = d.x * a.x * a.x + d.y * b.x * b.x + d.z * c.x * c.x
        yy = d.x * a.y * a.y + d.y * b.y * b.y + d.z * c.y * c.y
        zz = d.x * a.z * a.z + d.y * b.z * b.z + d.z * c.z * c.z
        xy = d.x * a.x * a.y + d.y * b.x * b.y + d.z * c.x * c.y
        xz = d.x * a.x * a.z + d.y * b.x * b.z + d.z * c.x * c.z
        yz = d.x * a.y * a.z + d.y * b.y * b.z + d.z * c.y * c.z
    }

    init(xx: Double, yy: Double, zz: Double, xy: Double, xz: Double, yz: Double) {
        self.xx = xx; self.yy = yy; self.zz = zz; self.xy = xy; self.xz = xz; self.yz = yz
    }

    @inline(__always) static func * (m: DSymmetricMatrix3, v: DVec3) -> DVec3 {
        DVec3(
            m.xx * v.x + m.xy * v.y + m.xz * v.z,
            m.xy * v.x + m.yy * v.y + m.yz * v.z,
            m.xz * v.x + m.yz * v.y + m.zz * v.z)
    }
}
