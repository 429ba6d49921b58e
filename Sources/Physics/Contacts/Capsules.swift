extension Narrowphase {
    /// Sphere (A) against a capsule (B): the nearest point of the capsule's axis is a sphere.
    mutating func sphereCapsule(_ c: DVec3, _ r: Double, _ xb: DVec3, _ qb: DQuat, _ rc: Double, _ hh: Double, margin: Double) {
        let (p0, p1) = capsuleSegment(xb, qb, hh)
        let t = closestParameter(p0, p1, c)
        sphereSphere(c, r, p0 + (p1 - p0) * t, rc, margin: margin)
    }

    /// Capsule (A) against capsule (B). Nearly parallel axes get two points at the ends of
    /// their overlap, so a capsule lying on another does not roll about a single point.
    mutating func capsuleCapsule(
        _ xa: DVec3, _ qa: DQuat, _ ra: Double, _ ha: Double,
        _ xb: DVec3, _ qb: DQuat, _ rb: Double, _ hb: Double, margin: Double
    ) {
        let (a0, a1) = capsuleSegment(xa, qa, ha)
        let (b0, b1) = capsuleSegment(xb, qb, hb)
        let ua = qa.act(.unitY), ub = qb.act(.unitY)
        if lengthSquared(cross(ua, ub)) < 1e-4 && ha > 0 && hb > 0 {
            // Overlap of B's axis projected on A's axis, in A's axial coordinate.
            let s0 = dot(b0 - xa, ua), s1 = dot(b1 - xa, ua)
            let lo = max(-ha, min(s0, s1)), hi = min(ha, max(s0, s1))
            if hi > lo + 1e-6 {
                let pLo = xa + ua * lo, pHi = xa + ua * hi
                sphereSphere(pLo, ra, b0 + (b1 - b0) * closestParameter(b0, b1, pLo), rb, margin: margin)
                sphereSphere(pHi, ra, b0 + (b1 - b0) * closestParameter(b0, b1, pHi), rb, margin: margin)
                return
            }
        }
        let (pa, pb) = closestPointsBetweenSegments(a0, a1, b0, b1)
        sphereSphere(pa, ra, pb, rb, margin: margin, fallback: normalize(cross(ua, ub)))
    }

    /// Capsule (A) against a box (B): both end spheres, plus the axis point nearest the box
    /// when it lies between the ends (a capsule across a box edge). The nearest point is found
    /// by alternating projection between the segment and the box, which converges for
    /// convex sets; four rounds are plenty at contact distances.
    mutating func capsuleBox(
        _ xa: DVec3, _ qa: DQuat, _ r: Double, _ hh: Double,
        _ xb: DVec3, _ qb: DQuat, _ h: DVec3, margin: Double
    ) {
        let (p0, p1) = capsuleSegment(xa, qa, hh)
        sphereBox(p0, r, xb, qb, h, margin: margin)
        sphereBox(p1, r, xb, qb, h, margin: margin)
        var t = closestParameter(p0, p1, xb)
        for _ in 0..<4 {
            let local = qb.inverseAct(p0 + (p1 - p0) * t - xb)
            let clamped = DVec3(clamp(local.x, -h.x, h.x), clamp(local.y, -h.y, h.y), clamp(local.z, -h.z, h.z))
            t = closestParameter(p0, p1, xb + qb.act(clamped))
        }
        if t > 0.05 && t < 0.95 {
            sphereBox(p0 + (p1 - p0) * t, r, xb, qb, h, margin: margin)
        }
    }
}
