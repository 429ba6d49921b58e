extension RigidBodies {
    /// Unconstrained prediction for one substep of `h` seconds; kinematic bodies move to
    /// `driveFraction` (0…1) of the way to their target for this step.
    mutating func integrate(_ h: Double, gravity: DVec3, driveFraction: Double) {
        for i in 0..<count {
            prevPosition[i] = position[i]
            prevOrientation[i] = orientation[i]
            preVelocity[i] = velocity[i]
            preAngularVelocity[i] = angularVelocity[i]
            switch motion[i] {
            case .dynamic:
                guard awake[i] else { continue }
                velocity[i] += gravity * (halfKick[i] ? 0.5 * h : h)
                halfKick[i] = false
                position[i] += velocity[i] * h
                // Gyroscopic term in the body frame: ω += h I⁻¹ (−ω × Iω).
                let q = orientation[i]
                var w = q.inverseAct(angularVelocity[i])
                w += (inverseInertia[i] * cross(inertia[i] * w, w)) * h
                angularVelocity[i] = q.act(w)
                orientation[i] = q.adding(rotation: angularVelocity[i] * h)
                inverseInertiaTensor[i] = DSymmetricMatrix3(rotating: inverseInertia[i], by: orientation[i])
            case .kinematic:
                let x0 = driveStartPosition[i], x1 = driveTargetPosition[i]
                position[i] = x0 + (x1 - x0) * driveFraction
                orientation[i] = driveStartOrientation[i].nlerp(to: driveTargetOrientation[i], driveFraction)
            case .static:
                break
            }
        }
    }

    /// XPBD velocity update: v = (x − x̄)/h, ω = 2 vec(q q̄⁻¹)/h, for awake dynamic bodies.
    mutating func updateVelocities(_ h: Double) {
        for i in 0..<count where isActive(i) {
            velocity[i] = (position[i] - prevPosition[i]) / h
            angularVelocity[i] = orientation[i].angularVelocity(from: prevOrientation[i], dt: h)
        }
    }
}
