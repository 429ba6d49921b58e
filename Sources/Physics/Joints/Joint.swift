/// A joint as the solver sees it: body indices (-1 is the fixed world) and everything in
/// body frames, so the constraints follow the bodies through the Gauss–Seidel solve.
struct Joint {
    enum Kind { case distance, ball, hinge, fixed }

    var kind: Kind
    var a: Int
    var b: Int
    /// Anchors in each body's frame (world frame for the world), metres.
    var localA: DVec3
    var localB: DVec3
    /// Rest length of a distance joint, metres.
    var restLength: Double
    /// Hinge axis in each body's frame, unit.
    var axisA: DVec3
    var axisB: DVec3
    /// A unit vector perpendicular to the hinge axis in each body's frame; the angle between
    /// them about the axis is the hinge angle.
    var referenceA: DVec3
    var referenceB: DVec3
    /// Hinge limits, radians; -∞…∞ without limits.
    var lower: Double
    var upper: Double
    /// q_a⁻¹ q_b when added: what a fixed joint keeps.
    var relativeRotation: DQuat
    /// m/N or rad/(N·m).
    var compliance: Double
}

extension Joint {
    /// Resolves a definition against the bodies' current poses.
    init(_ def: JointDef, a: Int, b: Int, bodies: RigidBodies) {
        let qa = bodies.orientationOrIdentity(a), qb = bodies.orientationOrIdentity(b)
        let pa = DVec3(def.anchorA), pb = DVec3(def.anchorB)
        kind = .ball
        self.a = a
        self.b = b
        localA = qa.inverseAct(pa - bodies.center(a))
        localB = qb.inverseAct(pb - bodies.center(b))
        restLength = 0
        axisA = .unitY
        axisB = .unitY
        referenceA = DVec3(1, 0, 0)
        referenceB = DVec3(1, 0, 0)
        lower = -.infinity
        upper = .infinity
        relativeRotation = qa.conjugate * qb
        compliance = def.compliance
        switch def.kind {
        case .distance(let l):
            kind = .distance
            restLength = l.map(Double.init) ?? length(pb - pa)
        case .ball:
            kind = .ball
        case .hinge(let axis, let limits):
            kind = .hinge
            let n = normalize(DVec3(axis))
            precondition(n != .zero, "JointDef.hinge: the axis must not be zero")
            // Any vector perpendicular to the axis serves as the angle reference.
            let helper = abs(n.x) < 0.9 ? DVec3(1, 0, 0) : DVec3(0, 1, 0)
            let r = normalize(cross(n, helper))
            axisA = qa.inverseAct(n)
            axisB = qb.inverseAct(n)
            referenceA = qa.inverseAct(r)
            referenceB = qb.inverseAct(r)
            if let limits {
                precondition(limits.lowerBound >= -.pi && limits.upperBound <= .pi, "JointDef.hinge: limits must lie in −π…π, got \(limits)")
                lower = Double(limits.lowerBound)
                upper = Double(limits.upperBound)
            }
        case .fixed:
            kind = .fixed
        }
    }
}
