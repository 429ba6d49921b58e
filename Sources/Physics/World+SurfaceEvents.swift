extension World {
    /// Slower than this (m/s) a contact neither slides nor rolls audibly.
    static let surfaceEventSpeed = 0.05

    /// Emits a ``SurfaceEvent`` for each pair that pressed together in the last substep of
    /// the step and slipped (sliding) or, for a round body, moved without slipping (rolling).
    /// Speeds are taken at the mean of the pair's active contact points; `time` is the end of the step.
    func recordSurfaceEvents(at time: Double) {
        let h = lastSubstep
        guard h > 0 else { return }
        let bodies = self.bodies
        for p in pairs {
            var impulse = 0.0, point = DVec3.zero, active = 0.0
            var normal = DVec3.zero, rolling = 0.0
            for c in p.first..<(p.first + p.count) {
                let k = contacts[c]
                let j = k.lambdaN / h + max(k.velocityImpulse, 0)
                guard j > 0 else { continue }
                impulse += j
                point += k.worldPoint
                normal = k.normal
                rolling = k.rollingRadius
                active += 1
            }
            guard active > 0 else { continue }
            point = point / active
            let ra = point - bodies.position[p.a], rb = point - bodies.center(p.b)
            let v = bodies.pointVelocity(p.a, ra) - bodies.pointVelocity(p.b, rb)
            let slip = length(v - normal * dot(v, normal))
            let kind: SurfaceEvent.Kind
            let speed: Double
            if slip > Self.surfaceEventSpeed {
                kind = .sliding
                speed = slip
            } else {
                // Rolling: the centre of the round body moves over the surface.
                let centre = bodies.velocity[p.a] - bodies.pointVelocity(p.b, bodies.position[p.a] - bodies.center(p.b))
                let travel = length(centre - normal * dot(centre, normal))
                guard rolling > 0, travel > Self.surfaceEventSpeed else { continue }
                kind = .rolling
                speed = travel
            }
            let materialB = p.b >= 0 ? bodies.material[p.b] : definition.groundMaterial
            surfaceEvents.append(
                SurfaceEvent(
                    time: time, kind: kind, a: bodies.name[p.a], b: p.b >= 0 ? bodies.name[p.b] : "ground",
                    speed: Float(speed), normalForce: Float(impulse / h), materials: [bodies.material[p.a], materialB],
                    position: point.float))
        }
    }

    /// Sliding and rolling events since the last drain, in time order (pair order within a step).
    public func drainSurfaceEvents() -> [SurfaceEvent] {
        defer { surfaceEvents.removeAll(keepingCapacity: true) }
        return surfaceEvents
    }
}
