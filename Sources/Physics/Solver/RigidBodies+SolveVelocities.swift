extension RigidBodies {
    /// The velocity pass over contacts that acted this substep (Müller et al. 2020 §3.6):
    ///
    /// - Restitution uses the pre-solve normal velocity v̄ₙ and is zeroed below
    ///   `restitutionThreshold` (m/s) so resting things stay at rest. For a fresh impact,
    ///   the touch happened at fraction τ of the substep; the body leaves with −e·vₙ(τ) and
    ///   is moved where that velocity takes it in the rest of the substep. Without this
    ///   time-of-impact step each bounce would lose up to one substep of flight (≈1 ms).
    /// - Dynamic friction removes tangential velocity up to μ_d × the normal impulse.
    /// - Rolling resistance removes relative angular velocity of round bodies up to an
    ///   angular impulse C_rr × normal impulse × radius.
    mutating func solveVelocities(_ contacts: inout ContiguousArray<ContactConstraint>, _ h: Double, restitutionThreshold: Double) {
        for c in contacts.indices where contacts[c].lambdaN > 0 {
            let k = contacts[c]
            let a = k.a, b = k.b, n = k.normal
            let ra = worldPoint(a, k.localA) - position[a], rb = worldPoint(b, k.localB) - center(b)
            let wn = generalizedInverseMass(a, ra, n) + generalizedInverseMass(b, rb, n)
            guard wn > 0 else { continue }

            // Normal: restitution.
            let vn = dot(n, pointVelocity(a, ra) - pointVelocity(b, rb))
            let e = k.preNormalVelocity < -restitutionThreshold ? k.restitution : 0
            var target = max(-e * k.preNormalVelocity, 0)
            var push = 0.0
            if e > 0 && k.touchFraction > 0 && k.touchFraction < 1 {
                let accelerationH = k.predictedNormalVelocity - k.preNormalVelocity
                let rest = (1 - k.touchFraction) * h
                let out = -e * k.touchNormalVelocity
                target = out + accelerationH * (1 - k.touchFraction)
                push = out * rest + 0.5 * accelerationH / h * rest * rest
            }
            let jn = (target - vn) / wn
            applyVelocityImpulse(a, n * jn, ra)
            applyVelocityImpulse(b, -(n * jn), rb)
            contacts[c].velocityImpulse = jn
            if push > 0 {
                applyPositionImpulse(a, n * (push / wn), ra)
                applyPositionImpulse(b, -(n * (push / wn)), rb)
            }
            let normalImpulse = k.lambdaN / h + max(jn, 0)

            // Tangential: dynamic friction.
            let v = pointVelocity(a, ra) - pointVelocity(b, rb)
            let vt = v - n * dot(n, v)
            let speed = length(vt)
            if speed > 1e-12 {
                let t = vt / speed
                let wt = generalizedInverseMass(a, ra, t) + generalizedInverseMass(b, rb, t)
                if wt > 0 {
                    let jt = min(speed / wt, k.dynamicFriction * normalImpulse)
                    applyVelocityImpulse(a, -(t * jt), ra)
                    applyVelocityImpulse(b, t * jt, rb)
                }
            }

            // Rolling (and spinning) resistance.
            if k.rollingRadius > 0 && k.rollingResistance > 0 {
                let wrel = angularVelocityOrZero(a) - angularVelocityOrZero(b)
                let spin = length(wrel)
                if spin > 1e-12 {
                    let axis = wrel / spin
                    let wInv = inverseInertia(a, about: axis) + inverseInertia(b, about: axis)
                    if wInv > 0 {
                        let l = min(spin / wInv, k.rollingResistance * normalImpulse * k.rollingRadius)
                        applyAngularImpulse(a, -(axis * l))
                        applyAngularImpulse(b, axis * l)
                    }
                }
            }
        }
    }
}
