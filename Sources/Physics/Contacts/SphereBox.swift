extension Narrowphase {
    /// Sphere (A) against an oriented box (B) with half extents `h`.
    mutating func sphereBox(_ c: DVec3, _ r: Double, _ xb: DVec3, _ qb: DQuat, _ h: DVec3, margin: Double) {
        let local = qb.inverseAct(c - xb)
        let clamped = DVec3(clamp(local.x, -h.x, h.x), clamp(local.y, -h.y, h.y), clamp(local.z, -h.z, h.z))
        let diff = local - clamped
        let dist2 = lengthSquared(diff)
        if dist2 > 1e-18 {
            // Centre outside the box: the closest point on the surface.
            let reach = r + margin
            guard dist2 <= reach * reach else { return }
            let dist = dist2.squareRoot()
            let n = qb.act(diff / dist)
            points.append(ManifoldPoint(pointA: c - n * r, pointB: xb + qb.act(clamped), normal: n, separation: dist - r))
        } else {
            // Centre inside: leave through the nearest face.
            var axis = 0
            var best = h.x - abs(local.x)
            for k in 1..<3 where h[k] - abs(local[k]) < best {
                best = h[k] - abs(local[k])
                axis = k
            }
            var nl = DVec3.zero
            nl[axis] = local[axis] >= 0 ? 1 : -1
            var surface = local
            surface[axis] = nl[axis] * h[axis]
            let n = qb.act(nl)
            points.append(ManifoldPoint(pointA: c - n * r, pointB: xb + qb.act(surface), normal: n, separation: -best - r))
        }
    }
}
