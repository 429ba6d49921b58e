import Geometry
import Storyboard

extension World {
    /// Buoyancy and drag on every awake body for a substep of `h` seconds, applied to the
    /// velocities before the prediction, like gravity.
    ///
    /// Buoyancy −ρ V g acts at the centroid of the submerged part, so a tilted floating board
    /// is turned back level. Drag is integrated implicitly, v ← v / (1 + rate·h), so it slows
    /// a body without ever reversing it, at any substep.
    ///
    /// A body that enters the water from the air emits a ``ContactEvent`` with "water" (a
    /// splash for Sound); `start` is the substep's start time, seconds.
    func applyWater(_ water: Water, _ h: Double, start: Double) {
        let rho = Double(water.density), surface = Double(water.surfaceHeight)
        let linear = Double(water.linearDrag), cd = Double(water.dragCoefficient), angular = Double(water.angularDrag)
        while wet.count < bodies.count { wet.append(false) }
        for i in 0..<bodies.count where bodies.motion[i] == .dynamic && bodies.awake[i] {
            let x = bodies.position[i], q = bodies.orientation[i]
            // Cheap reject: the bounding sphere is above the surface.
            let part = x.y - bodies.boundingRadius[i] < surface ? SubmergedPart(bodies.shape[i], x, q, surface: surface) : SubmergedPart()
            let entering = part.volume > 0 && !wet[i]
            wet[i] = part.volume > 0
            if entering { recordSplash(i, at: DVec3(x.x, surface, x.z), time: start) }
            guard part.volume > 0 else { continue }
            let buoyancy = gravity * (-rho * part.volume)
            bodies.velocity[i] += buoyancy * (bodies.inverseMass[i] * h)
            bodies.angularVelocity[i] += bodies.inverseInertiaTensor[i] * cross(part.centroid - x, buoyancy) * h
            let fraction = min(1, part.volume / Double(bodies.shape[i].volume))
            let v = bodies.velocity[i]
            let speed = length(v)
            let area = speed > 0 ? bodies.shape[i].frontalArea(q, along: v / speed) * fraction : 0
            let rate = (rho * part.volume * linear + 0.5 * rho * cd * area * speed) * bodies.inverseMass[i]
            bodies.velocity[i] = v / (1 + rate * h)
            bodies.angularVelocity[i] = bodies.angularVelocity[i] / (1 + angular * fraction * h)
        }
    }

    /// A splash: the body's downward speed and momentum as it breaks the surface.
    private func recordSplash(_ i: Int, at point: DVec3, time: Double) {
        let speed = -bodies.velocity[i].y
        guard speed > Double(definition.eventSpeedThreshold) else { return }
        events.append(
            ContactEvent(
                time: time, a: bodies.name[i], b: "water", impulse: Float(bodies.mass[i] * speed),
                materials: [bodies.material[i], .water], position: point.float, normalSpeed: Float(speed)))
    }
}
