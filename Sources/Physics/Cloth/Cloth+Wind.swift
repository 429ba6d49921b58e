extension Cloth {
    /// Adds gravity and the aerodynamic force of every triangle to the velocities for a
    /// substep of `h` seconds. Each triangle feels the pressure of the relative wind's normal
    /// component, ½ ρ C A (w·n)|w·n| n, shared by its three particles: a sheet face-on to the
    /// wind catches it fully and one edge-on feels nothing, which is what makes a flag fly.
    mutating func applyForces(_ h: Double, gravity: DVec3, wind: DVec3, airDensity: Double) {
        for i in velocity.indices where inverseMass[i] > 0 {
            velocity[i] += gravity * h
        }
        let k = 0.5 * airDensity * aerodynamicCoefficient
        guard k > 0 else { return }
        for t in triangles {
            let a = Int(t.x), b = Int(t.y), c = Int(t.z)
            let twiceArea = cross(position[b] - position[a], position[c] - position[a])
            let doubleArea = length(twiceArea)
            guard doubleArea > 1e-12 else { continue }
            let n = twiceArea / doubleArea
            let w = wind - (velocity[a] + velocity[b] + velocity[c]) * (1.0 / 3)
            let wn = dot(w, n)
            // Force per particle: a third of the triangle's.
            let f = n * (k * 0.5 * doubleArea * wn * abs(wn) / 3 * h)
            velocity[a] += f * inverseMass[a]
            velocity[b] += f * inverseMass[b]
            velocity[c] += f * inverseMass[c]
        }
    }
}
