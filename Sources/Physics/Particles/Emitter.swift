import Foundation
import Geometry

/// An emitter as the world runs it: its definition, its random stream and how many
/// particles it has made.
struct Emitter {
    var def: EmitterDef
    var random: SeededRandom
    /// Simulation time the emitter was added, seconds.
    var start: Double
    var emitted = 0
    /// Unit direction and two unit vectors across it, for sampling the launch cone.
    let axis: SIMD3<Float>
    let side: SIMD3<Float>
    let up: SIMD3<Float>

    init(_ def: EmitterDef, start: Double) {
        self.def = def
        self.start = start
        random = SeededRandom(seed: def.seed, stream: def.name)
        let a = normalize(def.direction)
        precondition(length(a) > 0, "EmitterDef \(def.name): direction must not be zero")
        axis = a
        let helper: SIMD3<Float> = abs(a.x) < 0.9 ? SIMD3(1, 0, 0) : SIMD3(0, 1, 0)
        side = normalize(cross(a, helper))
        up = cross(side, a)
    }

    /// How many particles are due by time `t`: the burst plus `rate` per second of the emitting time.
    func due(at t: Double) -> Int {
        let emitting = min(max(t - start, 0), def.duration)
        return def.burst + Int(Double(def.rate) * emitting)
    }

    /// One launch: a direction uniform in the cone's solid angle, a speed and a lifetime.
    mutating func launch() -> (velocity: SIMD3<Float>, lifetime: Float) {
        let cosine = 1 - random.unit() * (1 - cos(def.spread))
        let sine = max(0, 1 - cosine * cosine).squareRoot()
        let phi = random.uniform(0, 2 * .pi)
        let dir = axis * cosine + (side * cos(phi) + up * sin(phi)) * sine
        let speed = random.uniform(def.speed.lowerBound, def.speed.upperBound)
        let life = random.uniform(def.lifetime.lowerBound, def.lifetime.upperBound)
        return (dir * speed, life)
    }
}
