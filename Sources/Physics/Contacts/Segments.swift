/// Parameter t ∈ [0, 1] of the point on segment p0→p1 closest to `c`.
@inline(__always) func closestParameter(_ p0: DVec3, _ p1: DVec3, _ c: DVec3) -> Double {
    let d = p1 - p0
    let l2 = lengthSquared(d)
    return l2 > 1e-18 ? clamp(dot(c - p0, d) / l2, 0, 1) : 0
}

/// Closest points between segments p1→q1 and p2→q2 (Ericson, Real-Time Collision Detection §5.1.9).
func closestPointsBetweenSegments(_ p1: DVec3, _ q1: DVec3, _ p2: DVec3, _ q2: DVec3) -> (DVec3, DVec3) {
    let d1 = q1 - p1, d2 = q2 - p2, r = p1 - p2
    let a = dot(d1, d1), e = dot(d2, d2), f = dot(d2, r)
    let eps = 1e-18
    var s = 0.0, t = 0.0
    if a <= eps && e <= eps {
        return (p1, p2)
    }
    if a <= eps {
        t = clamp(f / e, 0, 1)
    } else {
        let c = dot(d1, r)
        if e <= eps {
            s = clamp(-c / a, 0, 1)
        } else {
            let b = dot(d1, d2)
            let denom = a * e - b * b
            s = denom > eps ? clamp((b * f - c * e) / denom, 0, 1) : 0
            t = (b * s + f) / e
            if t < 0 {
                t = 0
                s = clamp(-c / a, 0, 1)
            } else if t > 1 {
                t = 1
                s = clamp((b - c) / a, 0, 1)
            }
        }
    }
    return (p1 + d1 * s, p2 + d2 * t)
}
