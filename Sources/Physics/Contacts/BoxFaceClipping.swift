extension Narrowphase {
    /// Appends points as (pointA: on the incident box, pointB: on the reference face,
    /// normal: `nRef`, the reference face's outward normal pointing at the incident box).
    mutating func faceContact(reference r: OrientedBox, _ k: Int, _ nRef: DVec3, incident inc: OrientedBox, margin: Double) {
        // The incident face is the one most anti-parallel to nRef.
        var m = 0
        var best = abs(dot(inc.axis0, nRef))
        for i in 1..<3 where abs(dot(inc.axis(i), nRef)) > best {
            best = abs(dot(inc.axis(i), nRef))
            m = i
        }
        let faceNormal = dot(inc.axis(m), nRef) > 0 ? -inc.axis(m) : inc.axis(m)
        let fc = inc.center + faceNormal * inc.half[m]
        let u = inc.axis((m + 1) % 3) * inc.half[(m + 1) % 3]
        let v = inc.axis((m + 2) % 3) * inc.half[(m + 2) % 3]
        polygon.removeAll(keepingCapacity: true)
        polygon.append(fc + u + v)
        polygon.append(fc - u + v)
        polygon.append(fc - u - v)
        polygon.append(fc + u - v)
        // Clip against the four side planes of the reference face.
        for side in 1...2 {
            let axis = (k + side) % 3
            let t = r.axis(axis)
            let c = dot(r.center, t)
            clip(normal: t, offset: c + r.half[axis])
            clip(normal: -t, offset: -c + r.half[axis])
        }
        let refCenter = r.center + nRef * r.half[k]
        let start = points.count
        outer: for p in polygon {
            let sep = dot(p - refCenter, nRef)
            if sep <= margin {
                // Clipping a face flush with the reference face yields each corner twice.
                for q in points[start...] where lengthSquared(q.pointA - p) < 1e-8 { continue outer }
                points.append(ManifoldPoint(pointA: p, pointB: p - nRef * sep, normal: nRef, separation: sep))
            }
        }
    }

    /// Sutherland–Hodgman: keeps the part of `polygon` with dot(p, normal) ≤ offset.
    mutating func clip(normal: DVec3, offset: Double) {
        clipped.removeAll(keepingCapacity: true)
        let n = polygon.count
        guard n > 0 else { return }
        for i in 0..<n {
            let p = polygon[i], q = polygon[(i + 1) % n]
            let dp = dot(p, normal) - offset, dq = dot(q, normal) - offset
            if dp <= 0 { clipped.append(p) }
            if (dp <= 0) != (dq <= 0) {
                clipped.append(p + (q - p) * (dp / (dp - dq)))
            }
        }
        swap(&polygon, &clipped)
    }
}
