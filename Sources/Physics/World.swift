public import Geometry
import Storyboard

/// A deterministic XPBD rigid-body world in SI units (Müller et al. 2020, "Detailed Rigid
/// Body Simulation with Extended Position Based Dynamics"): each step runs equal substeps
/// of predict → detect contacts → solve positions → derive velocities → solve velocities.
///
/// ```swift
/// let world = World(WorldDef(groundMaterial: .sand))
/// let ball = world.add(BodyDef(name: "ball-1", shape: .sphere(radius: 0.11), material: .rubber,
///                              pose: Pose(position: Vec3(0, 2, 0))))
/// for _ in 0..<60 { world.step(1.0 / 60) }
/// let y = world.pose(ball).position.y
/// let bounces = world.drainEvents()
/// ```
///
/// - Important: not `Sendable` and not locked: a world is mutable state owned by one task
///   (the director's performance pass). Same bodies and same step sizes give bit-identical
///   results, because every loop runs in body-index order and nothing depends on hashing
///   order or time.
public final class World {
    public let definition: WorldDef
    /// Seconds simulated.
    public internal(set) var time: Double = 0
    /// Length of the last substep, seconds.
    var lastSubstep: Double = 0

    var bodies = RigidBodies()
    var broadphase = Broadphase()
    var narrowphase = Narrowphase()
    var contacts = ContiguousArray<ContactConstraint>()
    var pairs = ContiguousArray<ContactPair>()
    /// Pairs touching at the end of the last substep, keyed by `ContactPair.key`; used for
    /// lookups only, never iterated, so hashing order cannot leak into results.
    var touching = Set<UInt64>()
    var nextTouching = Set<UInt64>()
    var joints = ContiguousArray<Joint>()
    /// Keys of jointed pairs that must not collide; lookups only.
    var jointedPairs = Set<UInt64>()
    var cloths = ContiguousArray<Cloth>()
    /// Bodies the cloths collide with in the current step (scratch).
    var clothColliders = ContiguousArray<Int32>()
    var emitters = ContiguousArray<Emitter>()
    var particleBehaviour = ContiguousArray<Particles.Behaviour>()
    var particles = Particles()
    /// Union–find scratch for the sleep islands.
    var islandParent = ContiguousArray<Int32>()
    var islandSlowTime = ContiguousArray<Double>()
    var islandsToWake = ContiguousArray<Int32>()
    var events: [ContactEvent] = []
    var surfaceEvents: [SurfaceEvent] = []
    /// Which bodies were partly under water in the last substep, for splash events.
    var wet = ContiguousArray<Bool>()
    var substepEvents: [ContactEvent] = []

    let gravity: DVec3
    let wind: DVec3
    let groundProperties: MaterialProperties

    /// Distance (metres) up to which the narrowphase reports points; closer points become
    /// constraints that act only if the solve makes them penetrate.
    static let contactMargin = 0.005
    /// A touching pair counts as apart again once separated by more than this (metres),
    /// so resting contacts that flicker by micrometres emit no events.
    static let separationHysteresis = 0.001

    public init(_ def: WorldDef) {
        precondition(def.maxSubstep > 0 && def.maxSubstep.isFinite, "WorldDef.maxSubstep must be a positive number of seconds, got \(def.maxSubstep)")
        definition = def
        gravity = DVec3(def.gravity)
        wind = DVec3(def.wind)
        groundProperties = def.groundMaterial.physical
    }

    /// Adds a body and returns its handle; handles are dense indices in order of addition.
    @discardableResult public func add(_ def: BodyDef) -> BodyID {
        BodyID(bodies.append(def))
    }

    public var bodyCount: Int { bodies.count }

    public func name(_ id: BodyID) -> String { bodies.name[check(id)] }

    /// The first body with this name, if any.
    public func body(named name: String) -> BodyID? {
        bodies.name.firstIndex(of: name).map(BodyID.init)
    }

    /// Pose of the body, world frame.
    public func pose(_ id: BodyID) -> Pose {
        let i = check(id)
        return Pose(position: bodies.position[i].float, orientation: bodies.orientation[i].float)
    }

    /// Velocity of the centre of mass, m/s.
    public func linearVelocity(_ id: BodyID) -> Vec3 { bodies.velocity[check(id)].float }

    /// Angular velocity, rad/s, world frame.
    public func angularVelocity(_ id: BodyID) -> Vec3 { bodies.angularVelocity[check(id)].float }

    /// Sets a dynamic body's velocities (a kick, a throw); m/s and rad/s.
    public func setVelocity(_ id: BodyID, linear: Vec3, angular: Vec3 = .zero) {
        let i = check(id)
        guard bodies.motion[i] == .dynamic else { return }
        wakeIsland(of: i)
        bodies.velocity[i] = DVec3(linear)
        bodies.angularVelocity[i] = DVec3(angular)
        bodies.halfKick[i] = true
    }

    /// Contact events since the last drain, in time order.
    public func drainEvents() -> [ContactEvent] {
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }

    @inline(__always) func check(_ id: BodyID) -> Int {
        let i = Int(id.index)
        precondition(i >= 0 && i < bodies.count, "BodyID \(i) is not a body of this world (it has \(bodies.count))")
        return i
    }
}
