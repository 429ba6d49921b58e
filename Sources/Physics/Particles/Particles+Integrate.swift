extension Particles {
    /// What each emitter's particles need while integrating, by emitter index.
    struct Behaviour {
        var drag: Float
        var restitution: Float
        var friction: Float
    }

    /// Advances every particle by `h` seconds: symplectic Euler under gravity and quadratic
    /// drag against the wind, then the ground plane (if any). A landing particle keeps
    /// `restitution` of its normal speed (none below 0.2 m/s, so it settles) and loses
    /// tangential speed to Coulomb friction, μ times the normal speed change.
    mutating func integrate(_ h: Float, gravity g: SIMD3<Float>, wind: SIMD3<Float>, ground: Float?, _ behaviour: ContiguousArray<Behaviour>) {
        let n = count
        let floor = ground ?? -.infinity
        x.withUnsafeMutableBufferPointer { x in
        y.withUnsafeMutableBufferPointer { y in
        z.withUnsafeMutableBufferPointer { z in
        vx.withUnsafeMutableBufferPointer { vx in
        vy.withUnsafeMutableBufferPointer { vy in
        vz.withUnsafeMutableBufferPointer { vz in
        age.withUnsafeMutableBufferPointer { age in
        emitter.withUnsafeBufferPointer { emitter in
            for i in 0..<n {
                let b = behaviour[Int(emitter[i])]
                let rx = vx[i] - wind.x, ry = vy[i] - wind.y, rz = vz[i] - wind.z
                let k = b.drag * (rx * rx + ry * ry + rz * rz).squareRoot()
                // Implicit in the drag rate, so a light particle never overshoots the wind.
                let damp = 1 / (1 + k * h)
                var ux = (vx[i] + g.x * h - wind.x) * damp + wind.x
                var uy = (vy[i] + g.y * h - wind.y) * damp + wind.y
                var uz = (vz[i] + g.z * h - wind.z) * damp + wind.z
                x[i] += ux * h
                y[i] += uy * h
                z[i] += uz * h
                if y[i] < floor {
                    y[i] = floor
                    if uy < 0 {
                        let vn = -uy
                        uy = vn > 0.2 ? b.restitution * vn : 0
                        let vt = (ux * ux + uz * uz).squareRoot()
                        if vt > 0 {
                            let keep = max(0, 1 - b.friction * (vn + uy) / vt)
                            ux *= keep
                            uz *= keep
                        }
                    }
                }
                vx[i] = ux; vy[i] = uy; vz[i] = uz
                age[i] += h
            }
        }
        }
        }
        }
        }
        }
        }
        }
    }
}
