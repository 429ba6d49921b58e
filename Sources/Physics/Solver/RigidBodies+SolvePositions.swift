extension RigidBodies {
    /// One Gauss–Seidel pass over the contacts at position level (Müller et al. 2020 §3.5):
    /// rigid non-penetration (compliance 0, so Δλ = −C / (w₁ + w₂)), then static friction,
    /// which cancels the tangential motion of the anchors during the substep while the
    /// tangential correction stays inside the friction cone λ_t < μ_s λ_n.
    mutating func solvePositions(_ contacts: inout ContiguousArray<ContactConstraint>) {
        for c in contacts.indices {
            let k = contacts[c]
            let a = k.a, b = k.b, n = k.normal
            var pa = worldPoint(a, k.localA), pb = worldPoint(b, k.localB)
            let depth = dot(pb - pa, n)
            guard depth > 0 else { continue }
            var ra = pa - position[a], rb = pb - center(b)
            let w = generalizedInverseMass(a, ra, n) + generalizedInverseMass(b, rb, n)
            guard w > 0 else { continue }
            let lambdaN = depth / w
            contacts[c].lambdaN += lambdaN
            applyPositionImpulse(a, n * lambdaN, ra)
            applyPositionImpulse(b, -(n * lambdaN), rb)

            // Static friction on the relative tangential motion of the anchors this substep.
            pa = worldPoint(a, k.localA)
            pb = worldPoint(b, k.localB)
            let dp = (pa - previousWorldPoint(a, k.localA)) - (pb - previousWorldPoint(b, k.localB))
            let tangential = dp - n * dot(dp, n)
            let slip = length(tangential)
            guard slip > 1e-12 else { continue }
            let t = tangential / slip
            ra = pa - position[a]
            rb = pb - center(b)
            let wt = generalizedInverseMass(a, ra, t) + generalizedInverseMass(b, rb, t)
            guard wt > 0 else { continue }
            let lambdaT = slip / wt
            if lambdaT < k.staticFriction * contacts[c].lambdaN {
                applyPositionImpulse(a, -(t * lambdaT), ra)
                applyPositionImpulse(b, t * lambdaT, rb)
            }
        }
    }
}
