public import Geometry
public import Storyboard

/// The settings of a ``World``; SI units.
public struct WorldDef: Sendable {
    /// Acceleration of gravity, m/s².
    public var gravity: Vec3 = Vec3(0, -9.81, 0)
    /// Whether the infinite static ground plane exists.
    public var hasGround: Bool = true
    /// Height of the ground plane y = groundHeight (normal +y), metres.
    public var groundHeight: Float = 0
    public var groundMaterial: Material = .concrete
    /// Longest substep, seconds. A step of dt seconds runs ceil(dt / maxSubstep) equal
    /// substeps of one XPBD iteration each. 1/960 s gives 16 substeps at 60 fps and 40 at
    /// 24 fps; bounce heights and contact times are then accurate to well under 1 %.
    public var maxSubstep: Double = 1.0 / 960
    /// Approach speed (m/s) below which a contact does not bounce, so things come to rest
    /// instead of chattering.
    public var restitutionThreshold: Float = 0.2
    /// Approach speed (m/s) a new touch needs to produce a ``ContactEvent``.
    public var eventSpeedThreshold: Float = 0.05
    /// A lake, a pool or the sea: water below a surface height, with buoyancy and drag.
    public var water: Water? = nil
    /// Whether bodies that have rested for a while stop being simulated until something
    /// moving touches them (Box2D's `enableSleep`): a settled pile then costs nothing.
    public var enableSleep: Bool = true
    /// Velocity of the air, m/s: blows cloth and particles (bodies feel no air).
    public var wind: Vec3 = .zero
    /// Density of the air, kg/m³.
    public var airDensity: Float = 1.2

    public init(
        gravity: Vec3 = Vec3(0, -9.81, 0), hasGround: Bool = true, groundHeight: Float = 0,
        groundMaterial: Material = .concrete, maxSubstep: Double = 1.0 / 960,
        restitutionThreshold: Float = 0.2, eventSpeedThreshold: Float = 0.05, water: Water? = nil,
        enableSleep: Bool = true, wind: Vec3 = .zero, airDensity: Float = 1.2
    ) {
        self.gravity = gravity
        self.hasGround = hasGround
        self.groundHeight = groundHeight
        self.groundMaterial = groundMaterial
        self.maxSubstep = maxSubstep
        self.restitutionThreshold = restitutionThreshold
        self.eventSpeedThreshold = eventSpeedThreshold
        self.water = water
        self.enableSleep = enableSleep
        self.wind = wind
        self.airDensity = airDensity
    }
}
