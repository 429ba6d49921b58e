public import Geometry
public import Storyboard

/// A pair of bodies sliding or rolling on each other during one step: what Sound turns into
/// scraping and rolling noise. Emitted once per step while the motion lasts, so a sound
/// can follow its speed; a pair at rest emits nothing.
public struct SurfaceEvent: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The surfaces slip over each other (a box skidding, a skier).
        case sliding
        /// A round body turns over the other without slipping (a ball, a wheel).
        case rolling
    }

    /// Simulation time at the end of the step, seconds.
    public var time: Double
    public var kind: Kind
    /// Body names; the ground is "ground".
    public var a: String
    public var b: String
    /// Slip speed when sliding, speed of the rolling body's centre over the surface when rolling, m/s.
    public var speed: Float
    /// Force pressing the surfaces together, N.
    public var normalForce: Float
    /// [material of a, material of b].
    public var materials: [Material]
    /// World contact point, metres.
    public var position: Vec3

    public init(time: Double, kind: Kind, a: String, b: String, speed: Float, normalForce: Float, materials: [Material], position: Vec3) {
        self.time = time
        self.kind = kind
        self.a = a
        self.b = b
        self.speed = speed
        self.normalForce = normalForce
        self.materials = materials
        self.position = position
    }
}
