extension Narrowphase {
    /// Box (A) against box (B) by the separating axis test over the 15 axes, then either
    /// face clipping (incident face of one box clipped against the side planes of the
    /// other's reference face: up to 8 points, so stacks rest on their whole face) or the
    /// closest points of the two supporting edges. Edge axes must beat the best face axis by
    /// `edgeBias` to win, so resting faces keep a stable normal.
    mutating func boxBox(_ a: OrientedBox, _ b: OrientedBox, margin: Double) {
        let d = a.center - b.center
        var faceA = -Double.infinity, faceAIndex = 0
        var faceB = -Double.infinity, faceBIndex = 0
        for i in 0..<3 {
            let l = a.axis(i)
            let sep = abs(dot(d, l)) - a.half[i] - b.projectedRadius(l)
            if sep > margin { return }
            if sep > faceA { faceA = sep; faceAIndex = i }
        }
        for i in 0..<3 {
            let l = b.axis(i)
            let sep = abs(dot(d, l)) - b.half[i] - a.projectedRadius(l)
            if sep > margin { return }
            if sep > faceB { faceB = sep; faceBIndex = i }
        }
        var edge = -Double.infinity, edgeI = 0, edgeJ = 0
        var edgeNormal = DVec3.zero
        for i in 0..<3 {
            for j in 0..<3 {
                var l = cross(a.axis(i), b.axis(j))
                let len = length(l)
                if len < 1e-6 { continue }
                l = l / len
                let dist = dot(d, l)
                let sep = abs(dist) - a.projectedRadius(l) - b.projectedRadius(l)
                if sep > margin { return }
                if sep > edge { edge = sep; edgeI = i; edgeJ = j; edgeNormal = dist >= 0 ? l : -l }
            }
        }
        let edgeBias = 5e-3
        let bestFace = max(faceA, faceB)
        if edge > bestFace + edgeBias {
            edgeContact(a, edgeI, b, edgeJ, edgeNormal, margin: margin)
        } else if faceB + 1e-4 >= faceA {
            // Reference face on B, facing A.
            let l = b.axis(faceBIndex)
            let nRef = dot(d, l) >= 0 ? l : -l
            faceContact(reference: b, faceBIndex, nRef, incident: a, margin: margin)
        } else {
            let l = a.axis(faceAIndex)
            let nRef = dot(d, l) >= 0 ? -l : l
            let start = points.count
            faceContact(reference: a, faceAIndex, nRef, incident: b, margin: margin)
            flip(from: start)
        }
    }

    /// Closest points of A's edge along axis i and B's edge along axis j, each the edge of
    /// its box farthest toward the other along `n` (from B to A).
    mutating func edgeContact(_ a: OrientedBox, _ i: Int, _ b: OrientedBox, _ j: Int, _ n: DVec3, margin: Double) {
        var ca = a.center, cb = b.center
        for k in 0..<3 where k != i {
            ca += a.axis(k) * (dot(a.axis(k), n) > 0 ? -a.half[k] : a.half[k])
        }
        for k in 0..<3 where k != j {
            cb += b.axis(k) * (dot(b.axis(k), n) > 0 ? b.half[k] : -b.half[k])
        }
        let ea = a.axis(i) * a.half[i], eb = b.axis(j) * b.half[j]
        let (pa, pb) = closestPointsBetweenSegments(ca - ea, ca + ea, cb - eb, cb + eb)
        let sep = dot(pa - pb, n)
        if sep <= margin {
            points.append(ManifoldPoint(pointA: pa, pointB: pb, normal: n, separation: sep))
        }
    }
}
