extension World {
    /// Updates which pairs touch and emits a ``ContactEvent`` for every pair that went from
    /// apart to touching in this substep with enough approach speed. `start` is the
    /// simulation time at the beginning of the substep, `h` its length (seconds).
    func recordEvents(start: Double, _ h: Double) {
        let eventSpeed = Double(definition.eventSpeedThreshold)
        substepEvents.removeAll(keepingCapacity: true)
        for p in pairs {
            var active = false
            var fraction = 1.0, approach = 0.0, impulse = 0.0
            var point = DVec3.zero
            for c in p.first..<(p.first + p.count) {
                let k = contacts[c]
                guard k.lambdaN > 0 else { continue }
                impulse += k.lambdaN / h + k.velocityImpulse
                approach = max(approach, -k.touchNormalVelocity)
                if !active || k.touchFraction < fraction {
                    fraction = k.touchFraction
                    point = k.worldPoint
                }
                active = true
            }
            let key = p.key
            let was = touching.contains(key)
            let now = active || p.minSeparation <= 0 || (was && p.minSeparation <= Self.separationHysteresis)
            if now { nextTouching.insert(key) }
            guard now && !was && active && approach > eventSpeed else { continue }
            let materialB = p.b >= 0 ? bodies.material[p.b] : definition.groundMaterial
            substepEvents.append(
                ContactEvent(
                    time: start + fraction * h, a: bodies.name[p.a], b: p.b >= 0 ? bodies.name[p.b] : "ground",
                    impulse: Float(max(impulse, 0)), materials: [bodies.material[p.a], materialB],
                    position: point.float, normalSpeed: Float(approach)))
        }
        swap(&touching, &nextTouching)
        nextTouching.removeAll(keepingCapacity: true)
        // Stable insertion sort by time: a few events at most per substep.
        if substepEvents.count > 1 {
            for i in 1..<substepEvents.count {
                let e = substepEvents[i]
                var j = i - 1
                while j >= 0 && substepEvents[j].time > e.time {
                    substepEvents[j + 1] = substepEvents[j]
                    j -= 1
                }
                substepEvents[j + 1] = e
            }
        }
        events.append(contentsOf: substepEvents)
    }
}
