import Geometry

extension World {
    /// Builds this substep's contact constraints from the predicted poses: every awake body
    /// against the ground, then the broadphase pairs except jointed ones.
    ///
    /// The bodies are read through one local binding: calling their methods on the class's
    /// stored property copied the whole structure-of-arrays (a retain per column) per call.
    func detectContacts() {
        contacts.removeAll(keepingCapacity: true)
        pairs.removeAll(keepingCapacity: true)
        let bodies = self.bodies
        if definition.hasGround {
            let height = Double(definition.groundHeight)
            for i in 0..<bodies.count where bodies.isActive(i) {
                narrowphase.collideGround(bodies.shape[i], bodies.position[i], bodies.orientation[i], height: height, margin: Self.contactMargin)
                addPair(i, -1, bodies)
            }
        }
        for p in broadphase.pairs {
            let a = Int(p.a), b = Int(p.b)
            if !jointedPairs.isEmpty && jointedPairs.contains(ContactPair.key(a, b)) { continue }
            narrowphase.collide(
                bodies.shape[a], bodies.position[a], bodies.orientation[a],
                bodies.shape[b], bodies.position[b], bodies.orientation[b], margin: Self.contactMargin)
            addPair(a, b, bodies)
        }
    }

    /// Turns the narrowphase points of pair (a, b) into constraints.
    private func addPair(_ a: Int, _ b: Int, _ bodies: RigidBodies) {
        let found = narrowphase.points
        guard !found.isEmpty else { return }
        let props = MaterialProperties.combine(bodies.properties[a], b >= 0 ? bodies.properties[b] : groundProperties)
        let rolling = rollingRadius(a, b, bodies)
        var minSeparation = Double.infinity
        let first = contacts.count
        for p in found {
            let n = p.normal
            let xa = bodies.position[a], xb = bodies.center(b)
            let localA = bodies.orientation[a].inverseAct(p.pointA - xa)
            let localB = b >= 0 ? bodies.orientation[b].inverseAct(p.pointB - xb) : p.pointB
            // Where the same material points were at the start of the substep: when they were
            // apart then, the touch happened at the interpolated zero crossing.
            let gapBefore = dot(bodies.previousWorldPoint(a, localA) - bodies.previousWorldPoint(b, localB), n)
            let fraction: Double
            if p.separation >= 0 {
                fraction = 1
            } else if gapBefore > 0 {
                fraction = gapBefore / (gapBefore - p.separation)
            } else {
                fraction = 0
            }
            let ra = p.pointA - xa, rb = p.pointB - xb
            let preVn = dot(n, bodies.prePointVelocity(a, ra) - bodies.prePointVelocity(b, rb))
            let predVn = dot(n, bodies.pointVelocity(a, ra) - bodies.pointVelocity(b, rb))
            minSeparation = min(minSeparation, p.separation)
            contacts.append(
                ContactConstraint(
                    a: a, b: b, localA: localA, localB: localB, normal: n,
                    worldPoint: (p.pointA + p.pointB) * 0.5, separation: p.separation, touchFraction: fraction,
                    preNormalVelocity: preVn, predictedNormalVelocity: predVn,
                    restitution: Double(props.restitution), staticFriction: Double(props.staticFriction),
                    dynamicFriction: Double(props.dynamicFriction), rollingResistance: Double(props.rollingResistance),
                    rollingRadius: rolling))
        }
        pairs.append(ContactPair(a: a, b: b, first: first, count: contacts.count - first, minSeparation: minSeparation))
    }

    /// Rolling resistance acts on round bodies: the lever arm is the smaller round radius
    /// of the pair; boxes resist rolling by their faces and get 0.
    private func rollingRadius(_ a: Int, _ b: Int, _ bodies: RigidBodies) -> Double {
        func round(_ i: Int) -> Double? {
            guard i >= 0 else { return nil }
            switch bodies.shape[i] {
            case .sphere(let r), .capsule(let r, _): return Double(r)
            case .box: return nil
            }
        }
        switch (round(a), round(b)) {
        case let (ra?, rb?): return min(ra, rb)
        case let (ra?, nil): return ra
        case let (nil, rb?): return rb
        case (nil, nil): return 0
        }
    }
}
