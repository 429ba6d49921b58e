extension World {
    /// Kinetic (translational and rotational) plus gravitational potential energy of the
    /// dynamic bodies, joules; potential is zero at the origin.
    ///
    /// XPBD's velocity (x − x̄)/h belongs to the middle of the last substep (position
    /// Verlet), so the potential is taken at the same instant, x − v h/2. With that pairing
    /// a free flight conserves the sum to rounding, and any rise is the solver's doing.
    public var mechanicalEnergy: Double {
        var e = 0.0
        for i in 0..<bodies.count where bodies.motion[i] == .dynamic {
            let m = bodies.mass[i]
            let v = bodies.velocity[i]
            let w = bodies.orientation[i].inverseAct(bodies.angularVelocity[i])
            let midpoint = bodies.position[i] - v * (0.5 * lastSubstep)
            e += 0.5 * m * dot(v, v) + 0.5 * dot(w, bodies.inertia[i] * w) - m * dot(gravity, midpoint)
        }
        return e
    }
}
