import Foundation

extension RigidBodies {
    /// Orientation of a body, identity for the fixed world (-1).
    @inline(__always) func orientationOrIdentity(_ i: Int) -> DQuat { i >= 0 ? orientation[i] : .identity }

    /// Turns a dynamic body by the rotation I⁻¹ p that an angular correction "impulse" `p`
    /// (kg·m²) causes: XPBD's q += ½ [I⁻¹ p, 0] q.
    @inline(__always) mutating func applyRotationImpulse(_ i: Int, _ p: DVec3) {
        guard i >= 0, inverseMass[i] > 0 else { return }
        orientation[i] = orientation[i].adding(rotation: inverseInertiaWorld(i, p))
    }

    /// One joint's constraints for a substep of `h` seconds; angular ones first, so the
    /// positional correction that follows sees the final orientations (Müller et al. 2020 §3.3).
    mutating func solve(_ j: Joint, _ h: Double) {
        let alpha = j.compliance / (h * h)
        switch j.kind {
        case .distance:
            let pa = worldPoint(j.a, j.localA), pb = worldPoint(j.b, j.localB)
            let d = pb - pa
            let l = length(d)
            guard l > 1e-12 else { return }
            solvePositional(j.a, j.b, pa, pb, d / l, l - j.restLength, alpha)
        case .ball:
            solveAttachment(j, alpha)
        case .hinge:
            let axisA = orientationOrIdentity(j.a).act(j.axisA), axisB = orientationOrIdentity(j.b).act(j.axisB)
            solveAngular(j.a, j.b, cross(axisB, axisA), alpha)
            if j.lower > -.infinity || j.upper < .infinity {
                solveHingeLimits(j, alpha)
            }
            solveAttachment(j, alpha)
        case .fixed:
            let target = orientationOrIdentity(j.a) * j.relativeRotation
            let dq = target * orientationOrIdentity(j.b).conjugate
            let turn = dq.imag * 2
            solveAngular(j.a, j.b, dq.w >= 0 ? turn : -turn, alpha)
            solveAttachment(j, alpha)
        }
    }

    /// Brings the two anchors together.
    @inline(__always) mutating func solveAttachment(_ j: Joint, _ alpha: Double) {
        let pa = worldPoint(j.a, j.localA), pb = worldPoint(j.b, j.localB)
        let d = pb - pa
        let l = length(d)
        guard l > 1e-12 else { return }
        solvePositional(j.a, j.b, pa, pb, d / l, l, alpha)
    }

    /// Turns b back inside the hinge's angle range relative to a; an inequality, so nothing
    /// happens inside the range.
    @inline(__always) mutating func solveHingeLimits(_ j: Joint, _ alpha: Double) {
        let qa = orientationOrIdentity(j.a)
        let n = qa.act(j.axisA)
        let ra = qa.act(j.referenceA), rb = orientationOrIdentity(j.b).act(j.referenceB)
        let angle = atan2(dot(cross(ra, rb), n), dot(ra, rb))
        if angle < j.lower {
            solveAngular(j.a, j.b, n * (j.lower - angle), alpha)
        } else if angle > j.upper {
            solveAngular(j.a, j.b, n * (j.upper - angle), alpha)
        }
    }

    /// XPBD positional constraint with error `c` (metres) along the unit `n` from anchor a
    /// to anchor b: Δλ = c / (w_a + w_b + α̃), moving a along +n and b along −n.
    @inline(__always) mutating func solvePositional(_ a: Int, _ b: Int, _ pa: DVec3, _ pb: DVec3, _ n: DVec3, _ c: Double, _ alpha: Double) {
        let ra = pa - center(a), rb = pb - center(b)
        let w = generalizedInverseMass(a, ra, n) + generalizedInverseMass(b, rb, n)
        guard w > 0 else { return }
        let lambda = c / (w + alpha)
        applyPositionImpulse(a, n * lambda, ra)
        applyPositionImpulse(b, -(n * lambda), rb)
    }

    /// XPBD angular constraint: `turn` (radians, world axis) is the rotation b still needs
    /// relative to a; it is shared by inverse inertia about its axis.
    @inline(__always) mutating func solveAngular(_ a: Int, _ b: Int, _ turn: DVec3, _ alpha: Double) {
        let theta = length(turn)
        guard theta > 1e-12 else { return }
        let n = turn / theta
        let w = inverseInertia(a, about: n) + inverseInertia(b, about: n)
        guard w > 0 else { return }
        let lambda = theta / (w + alpha)
        applyRotationImpulse(b, n * lambda)
        applyRotationImpulse(a, -(n * lambda))
    }
}
