extension World {
    /// Seconds every body of an island must stay slow before the island sleeps (Box2D's
    /// `b2_timeToSleep`).
    static let timeToSleep = 0.5
    /// A body is slow when its centre and its farthest point move slower than this, m/s.
    static let sleepSpeed = 0.05

    /// Islands are the groups of awake dynamic bodies joined by a touching pair or a joint in
    /// the last substep. An island whose bodies have all been slow for `timeToSleep` goes to
    /// sleep together, so a stack never has a sleeping box under a moving one.
    func updateSleep(_ dt: Double) {
        guard definition.enableSleep else { return }
        let n = bodies.count
        // Water keeps what it touches moving: a floating body bobs too slowly to count as moving.
        let surface = definition.water.map { Double($0.surfaceHeight) } ?? -.infinity
        for i in 0..<n where bodies.isActive(i) {
            let slow = length(bodies.velocity[i]) < Self.sleepSpeed
                && length(bodies.angularVelocity[i]) * bodies.boundingRadius[i] < Self.sleepSpeed
                && bodies.position[i].y - bodies.boundingRadius[i] > surface
            bodies.slowTime[i] = slow ? bodies.slowTime[i] + dt : 0
        }
        islandParent.removeAll(keepingCapacity: true)
        for i in 0..<n { islandParent.append(Int32(i)) }
        for p in pairs where p.b >= 0 && bodies.isActive(p.a) && bodies.isActive(p.b) { union(p.a, p.b) }
        for j in joints where j.a >= 0 && bodies.isActive(j.a) && bodies.isActive(j.b) { union(j.a, j.b) }
        islandSlowTime.removeAll(keepingCapacity: true)
        islandSlowTime.append(contentsOf: repeatElement(Double.infinity, count: n))
        for i in 0..<n where bodies.isActive(i) {
            let r = root(i)
            islandSlowTime[r] = min(islandSlowTime[r], bodies.slowTime[i])
        }
        for i in 0..<n where bodies.isActive(i) {
            let r = root(i)
            guard islandSlowTime[r] >= Self.timeToSleep else { continue }
            bodies.island[i] = Int32(r)
            bodies.awake[i] = false
            bodies.velocity[i] = .zero
            bodies.angularVelocity[i] = .zero
            bodies.inverseMass[i] = 0
            bodies.inverseInertia[i] = .zero
            bodies.inverseInertiaTensor[i] = .zero
        }
    }

    /// Wakes each sleeping island that a moving body may touch in the coming step (the
    /// broadphase pairs): a fast dynamic body or a kinematic body on the move.
    func wakeTouchedIslands() {
        guard definition.enableSleep else { return }
        for p in broadphase.pairs {
            let a = Int(p.a), b = Int(p.b)
            if isAsleep(a) && isMoving(b) {
                wakeIsland(of: a)
            } else if isAsleep(b) && isMoving(a) {
                wakeIsland(of: b)
            }
        }
    }

    /// Whether a body is simulated: false for a sleeping dynamic body (static and kinematic
    /// bodies count as awake).
    public func isAwake(_ id: BodyID) -> Bool { !isAsleep(check(id)) }

    /// Wakes the island body `i` sleeps in (nothing if it is awake).
    func wakeIsland(of i: Int) {
        guard isAsleep(i) else { return }
        let island = bodies.island[i]
        for k in 0..<bodies.count where isAsleep(k) && bodies.island[k] == island {
            bodies.awake[k] = true
            bodies.slowTime[k] = 0
            bodies.inverseMass[k] = 1 / bodies.mass[k]
            let m = bodies.inertia[k]
            bodies.inverseInertia[k] = DVec3(1 / m.x, 1 / m.y, 1 / m.z)
            bodies.inverseInertiaTensor[k] = DSymmetricMatrix3(rotating: bodies.inverseInertia[k], by: bodies.orientation[k])
        }
    }

    @inline(__always) private func isAsleep(_ i: Int) -> Bool { bodies.motion[i] == .dynamic && !bodies.awake[i] }

    @inline(__always) private func isMoving(_ i: Int) -> Bool {
        switch bodies.motion[i] {
        case .dynamic: return bodies.awake[i] && bodies.slowTime[i] == 0
        case .kinematic: return bodies.hasDriveTarget[i] || bodies.velocity[i] != .zero || bodies.angularVelocity[i] != .zero
        case .static: return false
        }
    }

    private func root(_ i: Int) -> Int {
        var r = i
        while Int(islandParent[r]) != r { r = Int(islandParent[r]) }
        var k = i
        while Int(islandParent[k]) != r {
            let next = Int(islandParent[k])
            islandParent[k] = Int32(r)
            k = next
        }
        return r
    }

    /// Joins two islands; the smaller index becomes the root, so islands do not depend on pair order.
    private func union(_ a: Int, _ b: Int) {
        let ra = root(a), rb = root(b)
        if ra < rb { islandParent[rb] = Int32(ra) } else if rb < ra { islandParent[ra] = Int32(rb) }
    }
}
