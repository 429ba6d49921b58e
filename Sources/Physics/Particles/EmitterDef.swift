public import Geometry

/// A source of point particles for effects: a splash, sparks, dust, confetti. Particles
/// feel gravity, quadratic air drag against the world's wind, and bounce and slide on the
/// ground; they do not touch bodies or each other, and disappear when their lifetime ends.
///
/// ```swift
/// world.add(EmitterDef.splash(at: Vec3(0, 0, 0), speed: 3))
/// ```
public struct EmitterDef: Sendable {
    public var name: String
    /// Where particles start, world frame, metres.
    public var position: Vec3
    /// Mean direction of launch, world frame (need not be unit).
    public var direction: Vec3 = Vec3(0, 1, 0)
    /// Half-angle of the launch cone around `direction`, radians.
    public var spread: Float = 0.5
    /// Launch speed, m/s.
    public var speed: ClosedRange<Float> = 2...4
    /// Seconds each particle lives.
    public var lifetime: ClosedRange<Float> = 1...2
    /// Particles launched at once when the emitter is added.
    public var burst: Int = 0
    /// Particles per second after that, for `duration` seconds.
    public var rate: Float = 0
    public var duration: Double = 0
    /// Quadratic drag k, 1/m: acceleration −k |v − wind| (v − wind). A 1 mm water drop ≈ 0.2,
    /// a spark ≈ 0.5, a flake of ash or confetti ≈ 5.
    public var drag: Float = 0.2
    /// Fraction of the normal speed kept in a bounce (0: sticks, like water; 1: elastic).
    public var restitution: Float = 0.3
    /// Coulomb friction against the ground.
    public var friction: Float = 0.5
    /// Seed of the emitter's own random stream: same seed, same particles.
    public var seed: UInt64 = 1

    public init(name: String, position: Vec3) {
        self.name = name
        self.position = position
    }

    /// A crown of water drops thrown up and out, e.g. where a body hits water at `speed` m/s.
    public static func splash(_ name: String = "splash", at p: Vec3, speed: Float, count: Int = 200) -> EmitterDef {
        var e = EmitterDef(name: name, position: p)
        e.spread = 0.9
        e.speed = (0.3 * speed)...(0.8 * speed)
        e.lifetime = 0.6...1.2
        e.burst = count
        e.restitution = 0
        e.friction = 1
        return e
    }

    /// Hot sparks showering from a point for `duration` seconds, bouncing and skidding.
    public static func sparks(_ name: String = "sparks", at p: Vec3, duration: Double = 1, rate: Float = 400) -> EmitterDef {
        var e = EmitterDef(name: name, position: p)
        e.spread = 1.2
        e.speed = 2...6
        e.lifetime = 0.4...1.0
        e.rate = rate
        e.duration = duration
        e.drag = 0.5
        e.restitution = 0.4
        e.friction = 0.3
        return e
    }
}
