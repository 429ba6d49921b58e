/// Per-body kinematics and impulse application shared by all constraint kinds. Index -1 is
/// the ground: infinite mass, at rest, its "local" points are world points.
extension RigidBodies {
    /// I⁻¹ v with the inverse inertia in the world frame (as of the substep's prediction).
    @inline(__always) func inverseInertiaWorld(_ i: Int, _ v: DVec3) -> DVec3 {
        inverseInertiaTensor[i] * v
    }

    /// Generalized inverse mass w = 1/m + (r × n)ᵀ I⁻¹ (r × n) for a unit direction `n` at offset `r`.
    @inline(__always) func generalizedInverseMass(_ i: Int, _ r: DVec3, _ n: DVec3) -> Double {
        guard i >= 0, inverseMass[i] > 0 else { return 0 }
        let rn = cross(r, n)
        return inverseMass[i] + dot(rn, inverseInertiaWorld(i, rn))
    }

    /// World position of a body-frame point (for the ground, the point itself).
    @inline(__always) func worldPoint(_ i: Int, _ local: DVec3) -> DVec3 {
        i >= 0 ? position[i] + orientation[i].act(local) : local
    }

    /// World position of a body-frame point at the start of the substep.
    @inline(__always) func previousWorldPoint(_ i: Int, _ local: DVec3) -> DVec3 {
        i >= 0 ? prevPosition[i] + prevOrientation[i].act(local) : local
    }

    /// Centre of mass, or the origin for the ground (its offsets are unused).
    @inline(__always) func center(_ i: Int) -> DVec3 { i >= 0 ? position[i] : .zero }

    /// Velocity (m/s) of the material point at offset `r` from the centre.
    @inline(__always) func pointVelocity(_ i: Int, _ r: DVec3) -> DVec3 {
        i >= 0 ? velocity[i] + cross(angularVelocity[i], r) : .zero
    }

    /// Same, with the velocities at the start of the substep.
    @inline(__always) func prePointVelocity(_ i: Int, _ r: DVec3) -> DVec3 {
        i >= 0 ? preVelocity[i] + cross(preAngularVelocity[i], r) : .zero
    }

    /// Applies a positional correction "impulse" `p` (kg·m) at offset `r`: XPBD's
    /// x += p/m, q += ½ [I⁻¹(r × p), 0] q.
    @inline(__always) mutating func applyPositionImpulse(_ i: Int, _ p: DVec3, _ r: DVec3) {
        guard i >= 0, inverseMass[i] > 0 else { return }
        position[i] += p * inverseMass[i]
        orientation[i] = orientation[i].adding(rotation: inverseInertiaWorld(i, cross(r, p)))
    }

    /// Applies a velocity impulse `p` (N·s) at offset `r`.
    @inline(__always) mutating func applyVelocityImpulse(_ i: Int, _ p: DVec3, _ r: DVec3) {
        guard i >= 0, inverseMass[i] > 0 else { return }
        velocity[i] += p * inverseMass[i]
        angularVelocity[i] += inverseInertiaWorld(i, cross(r, p))
    }

    /// Applies an angular impulse `l` (N·m·s).
    @inline(__always) mutating func applyAngularImpulse(_ i: Int, _ l: DVec3) {
        guard i >= 0, inverseMass[i] > 0 else { return }
        angularVelocity[i] += inverseInertiaWorld(i, l)
    }

    /// Inverse inertia about a unit axis, 1/(kg·m²); 0 for the ground and non-dynamic bodies.
    @inline(__always) func inverseInertia(_ i: Int, about axis: DVec3) -> Double {
        guard i >= 0, inverseMass[i] > 0 else { return 0 }
        return dot(axis, inverseInertiaWorld(i, axis))
    }

    @inline(__always) func angularVelocityOrZero(_ i: Int) -> DVec3 { i >= 0 ? angularVelocity[i] : .zero }
}
