public import Geometry
public import Storyboard

/// A pair of bodies started touching: what Sound turns into an impact.
///
/// Emitted once when a pair touches after having been apart (by more than 1 mm) with an
/// approach speed above `WorldDef.eventSpeedThreshold`; a resting contact emits nothing more.
/// A body breaking the surface of the world's ``Water`` emits one with b = "water".
public struct ContactEvent: Sendable, Hashable, Codable {
    /// Simulation time of the touch, seconds, interpolated inside the substep.
    public var time: Double
    /// Body names; the ground is "ground", the water "water".
    public var a: String
    public var b: String
    /// Normal impulse of the impact, N·s (≈ m·Δv_n); for water, the body's momentum m·v_n.
    public var impulse: Float
    /// [material of a, material of b].
    public var materials: [Material]
    /// World contact point, metres.
    public var position: Vec3
    /// Approach speed along the contact normal, m/s.
    public var normalSpeed: Float

    public init(time: Double, a: String, b: String, impulse: Float, materials: [Material], position: Vec3, normalSpeed: Float) {
        self.time = time
        self.a = a
        self.b = b
        self.impulse = impulse
        self.materials = materials
        self.position = position
        self.normalSpeed = normalSpeed
    }
}
