import Geometry

/// Exact contact points between two shapes. Owned by the world and reused every substep so
/// detection allocates nothing after warm-up. Every routine appends `ManifoldPoint`s with
/// the normal from B to A, and only those with separation ≤ `margin`.
struct Narrowphase {
    var points = ContiguousArray<ManifoldPoint>()
    /// Scratch polygons for box face clipping.
    var polygon = ContiguousArray<DVec3>()
    var clipped = ContiguousArray<DVec3>()

    /// Points between shape A at (xa, qa) and shape B at (xb, qb); replaces `points`.
    mutating func collide(_ sa: Shape, _ xa: DVec3, _ qa: DQuat, _ sb: Shape, _ xb: DVec3, _ qb: DQuat, margin: Double) {
        points.removeAll(keepingCapacity: true)
        switch (sa, sb) {
        case let (.sphere(ra), .sphere(rb)):
            sphereSphere(xa, Double(ra), xb, Double(rb), margin: margin)
        case let (.sphere(r), .box(h)):
            sphereBox(xa, Double(r), xb, qb, DVec3(h), margin: margin)
        case let (.box(h), .sphere(r)):
            sphereBox(xb, Double(r), xa, qa, DVec3(h), margin: margin)
            flip(from: 0)
        case let (.sphere(r), .capsule(rc, hh)):
            sphereCapsule(xa, Double(r), xb, qb, Double(rc), Double(hh), margin: margin)
        case let (.capsule(rc, hh), .sphere(r)):
            sphereCapsule(xb, Double(r), xa, qa, Double(rc), Double(hh), margin: margin)
            flip(from: 0)
        case let (.capsule(ra, ha), .capsule(rb, hb)):
            capsuleCapsule(xa, qa, Double(ra), Double(ha), xb, qb, Double(rb), Double(hb), margin: margin)
        case let (.capsule(r, hh), .box(h)):
            capsuleBox(xa, qa, Double(r), Double(hh), xb, qb, DVec3(h), margin: margin)
        case let (.box(h), .capsule(r, hh)):
            capsuleBox(xb, qb, Double(r), Double(hh), xa, qa, DVec3(h), margin: margin)
            flip(from: 0)
        case let (.box(ha), .box(hb)):
            boxBox(OrientedBox(xa, qa, DVec3(ha)), OrientedBox(xb, qb, DVec3(hb)), margin: margin)
        }
    }

    /// Swaps the roles of A and B for points appended since `start`.
    mutating func flip(from start: Int) {
        for i in start..<points.count {
            let p = points[i]
            points[i] = ManifoldPoint(pointA: p.pointB, pointB: p.pointA, normal: -p.normal, separation: p.separation)
        }
    }

    /// Two spheres (also the core of every capsule test). `fallback` is the normal used when
    /// the centres coincide.
    mutating func sphereSphere(_ ca: DVec3, _ ra: Double, _ cb: DVec3, _ rb: Double, margin: Double, fallback: DVec3 = .unitY) {
        let d = ca - cb
        let dist2 = lengthSquared(d)
        let reach = ra + rb + margin
        guard dist2 <= reach * reach else { return }
        let dist = dist2.squareRoot()
        let n = dist > 1e-12 ? d / dist : fallback
        points.append(ManifoldPoint(pointA: ca - n * ra, pointB: cb + n * rb, normal: n, separation: dist - ra - rb))
    }
}

/// The segment of a capsule's axis in world space.
@inline(__always) func capsuleSegment(_ x: DVec3, _ q: DQuat, _ halfHeight: Double) -> (DVec3, DVec3) {
    let h = q.act(DVec3(0, halfHeight, 0))
    return (x - h, x + h)
}
