public import Geometry

/// Everything needed to join two bodies, or a body and the fixed world. Each kind is one or
/// two XPBD constraints with a compliance (Müller et al. 2020 §3.3): positional ones move the
/// anchors, angular ones turn the bodies, both weighted by generalized inverse masses.
///
/// ```swift
/// let bob = world.add(BodyDef(name: "bob", shape: .sphere(radius: 0.05), material: .metal,
///                             pose: Pose(position: Vec3(0.3, 1, 0))))
/// world.add(.distance(nil, bob, anchorA: Vec3(0, 2, 0), anchorB: Vec3(0.3, 1, 0)))
/// ```
public struct JointDef: Sendable {
    public enum Kind: Sendable, Hashable {
        /// Keeps the anchors `length` metres apart (nil: their distance when the joint is
        /// added): a rod, a string under tension, with compliance a spring.
        case distance(length: Float?)
        /// Keeps the anchors together and lets the bodies turn freely: a pivot, a chain link.
        case ball
        /// A ball joint that also keeps `axis` (world frame, when added) common to both bodies:
        /// a door, a wheel, a lid. `limits` bounds the turn of b relative to a about the axis,
        /// radians (right-handed), 0 at the pose when added.
        case hinge(axis: Vec3, limits: ClosedRange<Float>?)
        /// Keeps the relative pose of the bodies: a weld, glue.
        case fixed
    }

    public var kind: Kind
    /// First body; nil joins `b` to the fixed world.
    public var a: BodyID?
    public var b: BodyID
    /// Anchors in the world frame at the poses the bodies have when the joint is added, metres.
    public var anchorA: Vec3
    public var anchorB: Vec3
    /// XPBD compliance, the inverse stiffness: m/N for positional constraints, rad/(N·m) for
    /// angular ones; 0 is rigid.
    public var compliance: Double
    /// Whether the two bodies still collide with each other. Off by default, as in Box2D:
    /// jointed parts usually overlap at the joint.
    public var collideConnected: Bool

    public init(
        kind: Kind, a: BodyID?, b: BodyID, anchorA: Vec3, anchorB: Vec3, compliance: Double = 0, collideConnected: Bool = false
    ) {
        self.kind = kind
        self.a = a
        self.b = b
        self.anchorA = anchorA
        self.anchorB = anchorB
        self.compliance = compliance
        self.collideConnected = collideConnected
    }

    /// A distance joint between two world points; `length` nil keeps their current distance.
    public static func distance(
        _ a: BodyID?, _ b: BodyID, anchorA: Vec3, anchorB: Vec3, length: Float? = nil, compliance: Double = 0
    ) -> JointDef {
        JointDef(kind: .distance(length: length), a: a, b: b, anchorA: anchorA, anchorB: anchorB, compliance: compliance)
    }

    /// A ball joint at a world point.
    public static func ball(_ a: BodyID?, _ b: BodyID, at anchor: Vec3, compliance: Double = 0) -> JointDef {
        JointDef(kind: .ball, a: a, b: b, anchorA: anchor, anchorB: anchor, compliance: compliance)
    }

    /// A hinge at a world point about a world axis, with optional angle limits (radians).
    public static func hinge(
        _ a: BodyID?, _ b: BodyID, at anchor: Vec3, axis: Vec3, limits: ClosedRange<Float>? = nil, compliance: Double = 0
    ) -> JointDef {
        JointDef(kind: .hinge(axis: axis, limits: limits), a: a, b: b, anchorA: anchor, anchorB: anchor, compliance: compliance)
    }

    /// A weld at a world point.
    public static func fixed(_ a: BodyID?, _ b: BodyID, at anchor: Vec3, compliance: Double = 0) -> JointDef {
        JointDef(kind: .fixed, a: a, b: b, anchorA: anchor, anchorB: anchor, compliance: compliance)
    }
}
