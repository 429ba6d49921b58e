extension World {
    /// Seconds every body of an island must stay slow before the island sleeps (Box2D's
    /// `b2_timeToSleep`).
    static let timeToSleep = 0.5
    /// A body is slow when its centre and its farthest point move slower than this, m/s.
    static let sleepSpeed = 0.05

    /// Islands are the groups of awake dynamic bodies joined by a touching pair or a joint in
    /// the last substep. An island whose bodies have all been slow for `timeToSleep` goes to
    /// sleep together, so a stack never has a sleeping box under a moving one. Water keeps
    /// what it touches awake: a floating body bobs too slowly to count as moving.
    func updateSleep(_ dt: Double) {
        guard definition.enableSleep else { return }
        bodies.updateSlowTimes(dt, speed: Self.sleepSpeed, surface: definition.water.map { Double($0.surfaceHeight) } ?? -.infinity)
        let n = bodies.count
        islandParent.removeAll(keepingCapacity: true)
        for i in 0..<n { islandParent.append(Int32(i)) }
        islandSlowTime.removeAll(keepingCapacity: true)
        islandSlowTime.append(contentsOf: repeatElement(Double.infinity, count: n))
        do {
            // Read through one binding (see `detectContacts`); it ends before the writes below.
            let bodies = self.bodies
            for p in pairs where p.b >= 0 && bodies.isActive(p.a) && bodies.isActive(p.b) { union(p.a, p.b) }
            for j in joints where j.a >= 0 && bodies.isActive(j.a) && bodies.isActive(j.b) { union(j.a, j.b) }
            for i in 0..<n where bodies.isActive(i) {
                let r = root(i)
                islandSlowTime[r] = min(islandSlowTime[r], bodies.slowTime[i])
            }
        }
        for i in 0..<n where bodies.motion[i] == .dynamic && bodies.awake[i] {
            let r = root(i)
            if islandSlowTime[r] >= Self.timeToSleep { bodies.fallAsleep(i, island: r) }
        }
    }

    /// Wakes each sleeping island that a moving body may touch in the coming step (the
    /// broadphase pairs): a fast dynamic body or a kinematic body on the move.
    func wakeTouchedIslands() {
        guard definition.enableSleep else { return }
        islandsToWake.removeAll(keepingCapacity: true)
        do {
            let bodies = self.bodies
            for p in broadphase.pairs {
                let a = Int(p.a), b = Int(p.b)
                if bodies.isAsleep(a) && bodies.isMoving(b) {
                    islandsToWake.append(bodies.island[a])
                } else if bodies.isAsleep(b) && bodies.isMoving(a) {
                    islandsToWake.append(bodies.island[b])
                }
            }
        }
        for island in islandsToWake { bodies.wake(island: island) }
    }

    /// Whether a body is simulated: false for a sleeping dynamic body (static and kinematic
    /// bodies count as awake).
    public func isAwake(_ id: BodyID) -> Bool { !bodies.isAsleep(check(id)) }

    /// Wakes the island body `i` sleeps in (nothing if it is awake).
    func wakeIsland(of i: Int) {
        guard bodies.isAsleep(i) else { return }
        bodies.wake(island: bodies.island[i])
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
