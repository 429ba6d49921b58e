extension RigidBodies {
    /// A dynamic body that sleeps.
    @inline(__always) func isAsleep(_ i: Int) -> Bool { motion[i] == .dynamic && !awake[i] }

    /// A body that may disturb a sleeping neighbour: a dynamic one that is not slow, or a
    /// kinematic one being driven or moving.
    @inline(__always) func isMoving(_ i: Int) -> Bool {
        switch motion[i] {
        case .dynamic: return awake[i] && slowTime[i] == 0
        case .kinematic: return hasDriveTarget[i] || velocity[i] != .zero || angularVelocity[i] != .zero
        case .static: return false
        }
    }

    /// Adds `dt` to the slow time of every awake body whose centre and farthest point move
    /// slower than `speed` (m/s) above the height `surface`, and resets the others.
    mutating func updateSlowTimes(_ dt: Double, speed: Double, surface: Double) {
        for i in 0..<count where isActive(i) {
            let slow = length(velocity[i]) < speed && length(angularVelocity[i]) * boundingRadius[i] < speed
                && position[i].y - boundingRadius[i] > surface
            slowTime[i] = slow ? slowTime[i] + dt : 0
        }
    }

    /// Puts a body to sleep in `island`: no velocity, and infinite mass to the solver.
    mutating func fallAsleep(_ i: Int, island: Int) {
        self.island[i] = Int32(island)
        awake[i] = false
        velocity[i] = .zero
        angularVelocity[i] = .zero
        inverseMass[i] = 0
        inverseInertia[i] = .zero
        inverseInertiaTensor[i] = .zero
    }

    /// Wakes every body sleeping in `island`.
    mutating func wake(island: Int32) {
        for k in 0..<count where isAsleep(k) && self.island[k] == island {
            awake[k] = true
            slowTime[k] = 0
            inverseMass[k] = 1 / mass[k]
            let m = inertia[k]
            inverseInertia[k] = DVec3(1 / m.x, 1 / m.y, 1 / m.z)
            inverseInertiaTensor[k] = DSymmetricMatrix3(rotating: inverseInertia[k], by: orientation[k])
        }
    }
}
