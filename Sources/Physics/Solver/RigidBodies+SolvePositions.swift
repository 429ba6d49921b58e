extension RigidBodies {
    /// Passes over one pair's points for its normal constraints. A box face touches in 4–8
    /// points; a single Gauss–Seidel pass over them corrects the first corner mostly by
    /// rotation and overshoots, which makes resting boxes yaw and creep in the direction
    /// of the point order. Local sweeps in alternating directions converge to the symmetric
    /// solution for the price of one pair. Two (a forward and a backward sweep) hold every
    /// resting and stacking case of the tests as well as four did, and save a sixth of the
    /// 200-body benchmark.
    static let manifoldIterations = 2

    /// The position pass over the contacts (Müller et al. 2020 §3.5), pair by pair: rigid
    /// non-penetration (compliance 0, so Δλ = −C / (w₁ + w₂)), then static friction, which
    /// cancels the tangential motion of the anchors during the substep while the tangential
    /// correction stays inside the friction cone λ_t < μ_s λ_n; this is what keeps a box
    /// on a slope from creeping.
    mutating func solvePositions(_ contacts: inout ContiguousArray<ContactConstraint>, _ pairs: ContiguousArray<ContactPair>) {
        for p in pairs {
            let range = p.first..<(p.first + p.count)
            let sweeps = p.count > 1 ? Self.manifoldIterations : 1
            for sweep in 0..<sweeps {
                if sweep % 2 == 0 {
                    for c in range { solveNormal(&contacts[c]) }
                } else {
                    for c in range.reversed() { solveNormal(&contacts[c]) }
                }
            }
            // Position-level static friction only against bodies that do not yield (ground,
            // static, kinematic). Between two dynamic bodies its full projections, passed
            // from box to box through the rotation they cause, pumped energy into a stack of
            // three; there static friction acts at velocity level instead (see the velocity pass).
            let bothDynamic = p.b >= 0 && inverseMass[p.a] > 0 && inverseMass[p.b] > 0
            if !bothDynamic {
                for c in range { solveStaticFriction(contacts[c]) }
            }
        }
    }

    @inline(__always) mutating func solveNormal(_ k: inout ContactConstraint) {
        let a = k.a, b = k.b, n = k.normal
        let pa = worldPoint(a, k.localA), pb = worldPoint(b, k.localB)
        let depth = dot(pb - pa, n)
        guard depth > 0 else { return }
        let ra = pa - position[a], rb = pb - center(b)
        let w = generalizedInverseMass(a, ra, n) + generalizedInverseMass(b, rb, n)
        guard w > 0 else { return }
        let lambda = depth / w
        k.lambdaN += lambda
        applyPositionImpulse(a, n * lambda, ra)
        applyPositionImpulse(b, -(n * lambda), rb)
    }

    /// Static friction on the relative tangential motion of the anchors this substep.
    @inline(__always) mutating func solveStaticFriction(_ k: ContactConstraint) {
        guard k.lambdaN > 0 else { return }
        let a = k.a, b = k.b, n = k.normal
        let pa = worldPoint(a, k.localA), pb = worldPoint(b, k.localB)
        let dp = (pa - previousWorldPoint(a, k.localA)) - (pb - previousWorldPoint(b, k.localB))
        let tangential = dp - n * dot(dp, n)
        let slip = length(tangential)
        guard slip > 1e-12 else { return }
        let t = tangential / slip
        let ra = pa - position[a], rb = pb - center(b)
        let wt = generalizedInverseMass(a, ra, t) + generalizedInverseMass(b, rb, t)
        guard wt > 0 else { return }
        let lambdaT = slip / wt
        if lambdaT < k.staticFriction * k.lambdaN {
            applyPositionImpulse(a, -(t * lambdaT), ra)
            applyPositionImpulse(b, t * lambdaT, rb)
        }
    }
}
