import Foundation
import Geometry
import Storyboard

/// The physics benchmark scene of `kinora bench physics`: 200 spheres and boxes dropped into
/// a pile, 2,000 particles and a 30×30 flag in the wind, simulated for a number of seconds.
/// Each part also runs alone, so a slowdown points at its part.
public enum PerformanceScene {
    /// What to put in the world.
    public struct Parts: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let bodies = Parts(rawValue: 1)
        public static let particles = Parts(rawValue: 2)
        public static let cloth = Parts(rawValue: 4)
        public static let all: Parts = [.bodies, .particles, .cloth]
    }

    public struct Timing: Sendable, Codable, Hashable {
        /// "bodies", "particles", "cloth" or "all".
        public var parts: String
        /// Seconds of scene time, of wall time and of CPU time of the simulating thread; on a
        /// machine shared with other work the CPU time is the steadier figure.
        public var seconds: Double
        public var wall: Double
        public var cpu: Double
        public var bodies: Int
        public var particles: Int
        public var clothParticles: Int
        /// stateHash at the end: equal across runs and machines of one platform.
        public var stateHash: UInt64
    }

    /// Builds the scene with `parts`.
    public static func world(_ parts: Parts) -> World {
        let world = World(WorldDef(groundMaterial: .grass, wind: Vec3(5, 0, 1.5)))
        if parts.contains(.bodies) {
            var random = SeededRandom(seed: 3, stream: "bench-pile")
            for k in 0..<200 {
                // 5 × 5 columns, 8 layers, 0.45 m apart, jittered so the pile tumbles.
                let column = k % 25, layer = k / 25
                let p = Vec3(Float(column % 5) * 0.45 - 0.9 + random.uniform(-0.05, 0.05), 0.4 + Float(layer) * 0.45, Float(column / 5) * 0.45 - 0.9 + random.uniform(-0.05, 0.05))
                let q = Quat(angle: random.uniform(0, 3), axis: Vec3(random.uniform(-1, 1), 1, random.uniform(-1, 1)))
                let shape: Shape = k % 2 == 0 ? .sphere(radius: 0.15) : .box(halfExtents: Vec3(0.16, 0.12, 0.14))
                world.add(BodyDef(name: "prop-\(k)", shape: shape, material: k % 2 == 0 ? .rubber : .wood, pose: Pose(position: p, orientation: q)))
            }
        }
        if parts.contains(.particles) {
            var fountain = EmitterDef(name: "fountain", position: Vec3(-4, 0.2, 0))
            fountain.burst = 2000
            fountain.spread = 0.8
            fountain.speed = 3...6
            fountain.lifetime = 11...12
            world.add(fountain)
        }
        if parts.contains(.cloth) {
            var flag = ClothDef(name: "flag", columns: 30, rows: 30, origin: Vec3(4, 3, 0), across: Vec3(1.5, 0, 0), down: Vec3(0, -1, 0))
            flag.pinned = flag.column(0)
            world.add(flag)
        }
        return world
    }

    /// Simulates `parts` for `seconds` in frames of `dt` and times it.
    public static func run(_ parts: Parts, seconds: Double = 10, dt: Double = 1.0 / 60) -> Timing {
        let world = world(parts)
        let clock = ContinuousClock()
        let start = clock.now, startCPU = threadCPUTime()
        world.run(seconds: seconds, dt: dt)
        let cpu = threadCPUTime() - startCPU
        let elapsed = start.duration(to: clock.now)
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let names: [(Parts, String)] = [(.all, "all"), (.bodies, "bodies"), (.particles, "particles"), (.cloth, "cloth")]
        return Timing(
            parts: names.first { $0.0 == parts }?.1 ?? "\(parts.rawValue)", seconds: seconds, wall: wall, cpu: cpu,
            bodies: world.bodyCount, particles: world.particleCount, clothParticles: world.clothCount > 0 ? world.clothPositions(ClothID(0)).count : 0,
            stateHash: world.stateHash)
    }

    /// CPU seconds the calling thread has used.
    private static func threadCPUTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
