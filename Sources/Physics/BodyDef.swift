public import Geometry
public import Storyboard

/// Everything needed to create a rigid body; fields carry SI units.
public struct BodyDef: Sendable {
    /// How a body moves. Nested so it does not collide with the `Motion` module.
    public enum Motion: String, Sendable, Hashable, Codable {
        /// Moved by forces and contacts.
        case dynamic
        /// Moved by the caller through `World.setKinematic`; infinite mass, pushes dynamic bodies.
        case kinematic
        /// Never moves; infinite mass.
        case `static`
    }

    /// Name used in contact events, e.g. "ball-1".
    public var name: String
    /// Collision shape in the body frame (metres); the body origin is the centre of mass.
    public var shape: Shape
    public var material: Material
    /// Initial pose, world frame.
    public var pose: Pose
    /// Initial velocity of the centre of mass, m/s.
    public var linearVelocity: Vec3 = .zero
    /// Initial angular velocity, rad/s, world frame.
    public var angularVelocity: Vec3 = .zero
    public var motion: Motion = .dynamic
    /// Mass in kg; nil means density × volume.
    public var mass: Float? = nil
    /// Overrides `material.physical` for a prop that differs from the typical one (the
    /// hardened steel balls of a Newton's cradle bounce with e ≈ 0.95, not 0.6). The
    /// material still names the body's sound.
    public var properties: MaterialProperties? = nil

    public init(
        name: String, shape: Shape, material: Material, pose: Pose,
        linearVelocity: Vec3 = .zero, angularVelocity: Vec3 = .zero,
        motion: Motion = .dynamic, mass: Float? = nil, properties: MaterialProperties? = nil
    ) {
        self.name = name
        self.shape = shape
        self.material = material
        self.pose = pose
        self.linearVelocity = linearVelocity
        self.angularVelocity = angularVelocity
        self.motion = motion
        self.mass = mass
        self.properties = properties
    }
}
