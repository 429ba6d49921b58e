extension RigidBodies {
    /// Coulomb friction on the relative tangential velocity, then rolling resistance.
    @inline(__always) mutating func solveFriction(_ k: ContactConstraint, _ h: Double) {
        let a = k.a, b = k.b, n = k.normal
        let ra = worldPoint(a, k.localA) - position[a], rb = worldPoint(b, k.localB) - center(b)
        let normalImpulse = k.lambdaN / h + max(k.velocityImpulse, 0)
        let v = pointVelocity(a, ra) - pointVelocity(b, rb)
        let vt = v - n * dot(n, v)
        let speed = length(vt)
        if speed > 1e-12 {
            let t = vt / speed
            let wt = generalizedInverseMass(a, ra, t) + generalizedInverseMass(b, rb, t)
            if wt > 0 {
                // Sticks when the cone allows (static friction at velocity level), else slides.
                let needed = speed / wt
                let jt = needed <= k.staticFriction * normalImpulse ? needed : min(needed, k.dynamicFriction * normalImpulse)
                applyVelocityImpulse(a, -(t * jt), ra)
                applyVelocityImpulse(b, t * jt, rb)
            }
        }
        // Rolling (and spinning) resistance of round bodies.
        guard k.rollingRadius > 0 && k.rollingResistance > 0 else { return }
        let wrel = angularVelocityOrZero(a) - angularVelocityOrZero(b)
        let spin = length(wrel)
        guard spin > 1e-12 else { return }
        let axis = wrel / spin
        let wInv = inverseInertia(a, about: axis) + inverseInertia(b, about: axis)
        guard wInv > 0 else { return }
        let l = min(spin / wInv, k.rollingResistance * normalImpulse * k.rollingRadius)
        applyAngularImpulse(a, -(axis * l))
        applyAngularImpulse(b, axis * l)
    }
}
