import Geometry

extension Narrowphase {
    /// Points between a shape (body A) and the ground plane y = height (B, normal +y).
    mutating func collideGround(_ s: Shape, _ x: DVec3, _ q: DQuat, height: Double, margin: Double) {
        points.removeAll(keepingCapacity: true)
        switch s {
        case .sphere(let r):
            groundSphere(x, Double(r), height: height, margin: margin)
        case .capsule(let r, let hh):
            let (p0, p1) = capsuleSegment(x, q, Double(hh))
            groundSphere(p0, Double(r), height: height, margin: margin)
            groundSphere(p1, Double(r), height: height, margin: margin)
        case .box(let h):
            // Every vertex below the plane: 1 (corner), 2 (edge) or 4 (face) points.
            let hx = q.act(DVec3(Double(h.x), 0, 0)), hy = q.act(DVec3(0, Double(h.y), 0)), hz = q.act(DVec3(0, 0, Double(h.z)))
            for k in 0..<8 {
                let v = x + (k & 1 == 0 ? hx : -hx) + (k & 2 == 0 ? hy : -hy) + (k & 4 == 0 ? hz : -hz)
                let sep = v.y - height
                if sep <= margin {
                    points.append(ManifoldPoint(pointA: v, pointB: DVec3(v.x, height, v.z), normal: .unitY, separation: sep))
                }
            }
        }
    }

    @inline(__always) mutating func groundSphere(_ c: DVec3, _ r: Double, height: Double, margin: Double) {
        let sep = c.y - r - height
        guard sep <= margin else { return }
        points.append(ManifoldPoint(pointA: DVec3(c.x, c.y - r, c.z), pointB: DVec3(c.x, height, c.z), normal: .unitY, separation: sep))
    }
}
