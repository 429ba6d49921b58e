extension RigidBodies {
    /// The velocity pass (Müller et al. 2020 §3.6), pair by pair over the contacts that
    /// acted this substep:
    ///
    /// - Restitution uses the pre-solve normal velocity v̄ₙ and is zeroed below
    ///   `restitutionThreshold` (m/s) so resting things stay at rest. Local sweeps as in the
    ///   position pass, so a box landing flat gets symmetric impulses.
    /// - Time of impact: for a fresh impact at fraction τ of the substep, the body leaves
    ///   with −e·vₙ(τ) and is moved where that velocity takes it in the rest of the
    ///   substep. Without this each bounce would lose up to a substep of flight (≈1 ms).
    /// - Friction removes all tangential velocity if that takes at most μ_s × the normal
    ///   impulse (sticking), else μ_d × the normal impulse (sliding).
    /// - Rolling resistance removes relative angular velocity of round bodies up to an
    ///   angular impulse C_rr × normal impulse × radius.
    mutating func solveVelocities(
        _ contacts: inout ContiguousArray<ContactConstraint>, _ pairs: ContiguousArray<ContactPair>, _ h: Double,
        restitutionThreshold: Double
    ) {
        for p in pairs {
            let range = p.first..<(p.first + p.count)
            let sweeps = p.count > 1 ? Self.manifoldIterations : 1
            for sweep in 0..<sweeps {
                if sweep % 2 == 0 {
                    for c in range { solveNormalVelocity(&contacts[c], h, restitutionThreshold) }
                } else {
                    for c in range.reversed() { solveNormalVelocity(&contacts[c], h, restitutionThreshold) }
                }
            }
            var impacts = 0
            for c in range where contacts[c].push > 0 { impacts += 1 }
            for c in range {
                let k = contacts[c]
                guard k.lambdaN > 0 else { continue }
                if k.push > 0 { applyPush(k, share: 1 / Double(impacts)) }
                solveFriction(k, h)
            }
        }
    }

    /// Drives the relative normal velocity to its restitution target.
    @inline(__always) mutating func solveNormalVelocity(_ k: inout ContactConstraint, _ h: Double, _ threshold: Double) {
        guard k.lambdaN > 0 else { return }
        let a = k.a, b = k.b, n = k.normal
        let ra = worldPoint(a, k.localA) - position[a], rb = worldPoint(b, k.localB) - center(b)
        let wn = generalizedInverseMass(a, ra, n) + generalizedInverseMass(b, rb, n)
        guard wn > 0 else { return }
        let vn = dot(n, pointVelocity(a, ra) - pointVelocity(b, rb))
        let e = k.preNormalVelocity < -threshold ? k.restitution : 0
        var target = max(-e * k.preNormalVelocity, 0)
        k.push = 0
        if e > 0 && k.touchFraction > 0 && k.touchFraction < 1 {
            let accelerationH = k.predictedNormalVelocity - k.preNormalVelocity
            let rest = (1 - k.touchFraction) * h
            let out = -e * k.touchNormalVelocity
            // Stored velocity is the mean over the substep (the value h/2 before its end).
            target = out + accelerationH * (0.5 - k.touchFraction)
            k.push = out * rest + 0.5 * accelerationH / h * rest * rest
        }
        let jn = (target - vn) / wn
        applyVelocityImpulse(a, n * jn, ra)
        applyVelocityImpulse(b, -(n * jn), rb)
        k.velocityImpulse += jn
    }

    /// Moves a fresh impact's bodies apart by the distance travelled since the touch.
    @inline(__always) mutating func applyPush(_ k: ContactConstraint, share: Double) {
        let a = k.a, b = k.b, n = k.normal
        let ra = worldPoint(a, k.localA) - position[a], rb = worldPoint(b, k.localB) - center(b)
        let wn = generalizedInverseMass(a, ra, n) + generalizedInverseMass(b, rb, n)
        guard wn > 0 else { return }
        let lambda = k.push * share / wn
        applyPositionImpulse(a, n * lambda, ra)
        applyPositionImpulse(b, -(n * lambda), rb)
    }
}
