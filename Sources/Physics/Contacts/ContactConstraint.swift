/// A non-penetration constraint with friction between two bodies for one substep
/// (Müller et al. 2020, §3.5–3.6). Body b == -1 is the ground.
struct ContactConstraint {
    var a: Int
    var b: Int
    /// Anchor points in each body's frame (for the ground: world), so the constraint follows
    /// the bodies as the Gauss–Seidel solve moves them.
    var localA: DVec3
    var localB: DVec3
    /// Unit normal from b to a, world frame, fixed for the substep.
    var normal: DVec3
    /// Midpoint of the two anchors at detection, world; for events.
    var worldPoint: DVec3
    /// Separation at detection, metres (negative: penetrating).
    var separation: Double
    /// Fraction of the substep at which the anchors touched (0 when already touching).
    var touchFraction: Double
    /// Relative normal velocity (m/s, negative approaching) at the start of the substep and
    /// after the unconstrained prediction; their difference is the substep's normal acceleration × h.
    var preNormalVelocity: Double
    var predictedNormalVelocity: Double
    /// Accumulated normal correction of this substep, kg·m (impulse × h).
    var lambdaN: Double = 0
    /// Normal impulse of the velocity pass, N·s.
    var velocityImpulse: Double = 0
    /// Separation (metres) a fresh bounce gains after its touch within the substep.
    var push: Double = 0
    var restitution: Double
    var staticFriction: Double
    var dynamicFriction: Double
    var rollingResistance: Double
    /// Lever arm of rolling resistance, metres (0: the pair does not roll).
    var rollingRadius: Double

    /// Relative normal velocity at the moment of touch, interpolated inside the substep.
    /// XPBD's velocity (x − x̄)/h is the mean over a substep, i.e. the velocity half a
    /// substep earlier, hence the ½ (see `RigidBodies.halfKick`).
    var touchNormalVelocity: Double {
        preNormalVelocity + (touchFraction + 0.5) * (predictedNormalVelocity - preNormalVelocity)
    }
}

/// The contact points of one touching pair in one substep.
struct ContactPair {
    var a: Int
    var b: Int
    /// Range of the pair's constraints in the substep's contact list.
    var first: Int
    var count: Int
    /// Smallest separation at detection, metres.
    var minSeparation: Double

    /// Stable key for the touching-pairs set; the ground is 0xFFFF_FFFF.
    var key: UInt64 { Self.key(a, b) }

    @inline(__always) static func key(_ a: Int, _ b: Int) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: a)) << 32 | UInt64(UInt32(truncatingIfNeeded: b))
    }
}
