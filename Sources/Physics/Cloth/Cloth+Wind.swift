extension Cloth {
    /// Adds gravity and the aerodynamic force of every triangle to the velocities for a
    /// substep of `h` seconds. Each triangle feels the pressure of the relative wind's normal
    /// component, ½ ρ C A (w·n)|w·n| n, shared by its three particles: a sheet face-on to the
    /// wind catches it fully and one edge-on feels nothing, which is what makes a flag fly.
    mutating func applyForces(_ h: Double, gravity: DVec3, wind: DVec3, airDensity: Double) {
        let k = 0.5 * airDensity * aerodynamicCoefficient
        let w = inverseMass
        triangles.withUnsafeBufferPointer { triangles in
            position.withUnsafeBufferPointer { x in
                velocity.withUnsafeMutableBufferPointer { v in
                    for i in 0..<v.count where w[i] > 0 { v[i] += gravity * h }
                    guard k > 0 else { return }
                    for t in triangles {
                        let a = Int(t.x), b = Int(t.y), c = Int(t.z)
                        let normal = cross(x[b] - x[a], x[c] - x[a])
                        let doubleArea = length(normal)
                        guard doubleArea > 1e-12 else { continue }
                        let relative = wind - (v[a] + v[b] + v[c]) * (1.0 / 3)
                        let wn = dot(relative, normal) / doubleArea
                        // Velocity change per unit inverse mass: a third of the triangle's impulse,
                        // with ½ |normal| / |normal| folded into one factor.
                        let f = normal * (k * wn * abs(wn) * h / 6)
                        v[a] += f * w[a]
                        v[b] += f * w[b]
                        v[c] += f * w[c]
                    }
                }
            }
        }
    }
}
