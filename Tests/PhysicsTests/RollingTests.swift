import Geometry
import Physics
import Storyboard
import Testing

@Suite struct RollingTests {
    @Test func ballRollsOnGrassAndStops() {
        let world = World(WorldDef(groundMaterial: .grass))
        let r: Float = 0.11
        let ball = world.add(Scenes.ball(radius: r, at: Vec3(0, r, 0), velocity: Vec3(3, 0, 0)))
        // After the initial skid (μ_d g ≈ 5.5 m/s² for ~0.15 s) the ball rolls without
        // slipping, ω ≈ v / r about −z, at a little under 5/7 of the launch speed.
        world.run(seconds: 0.5)
        let v = world.linearVelocity(ball), w = world.angularVelocity(ball)
        #expect(v.x > 1.6 && v.x < 3 * 5 / 7, "rolling speed \(v.x) m/s")
        #expect(abs(-w.z * r - v.x) < 0.01 * v.x, "ω r = \(-w.z * r) m/s vs v = \(v.x) m/s")
        #expect(abs(w.x) < 1e-3 && abs(w.y) < 1e-3)
        #expect(abs(world.pose(ball).position.y - r) < 0.001)
        // Rolling resistance C_rr = 0.01 + 0.08 decelerates it at (5/7) C_rr g ≈ 0.63 m/s².
        world.run(seconds: 1)
        let deceleration = (v.x - world.linearVelocity(ball).x) / 1
        let crr = MaterialProperties.combine(Material.rubber.physical, Material.grass.physical).rollingResistance
        let expected = 5 / 7 * crr * 9.81
        #expect(abs(deceleration - expected) < 0.1 * expected, "deceleration \(deceleration) m/s², expected \(expected)")
        var stopTime = -1.0
        world.run(seconds: 5) { w in
            if stopTime < 0 && length(w.linearVelocity(ball)) < 1e-3 { stopTime = w.time }
        }
        #expect(stopTime > 2.5 && stopTime < 6.5, "stopped at \(stopTime) s")
        let x = world.pose(ball).position.x
        world.run(seconds: 1)
        #expect(abs(world.pose(ball).position.x - x) < 1e-4)
        #expect(length(world.angularVelocity(ball)) < 1e-3)
    }

    @Test func ballRollsFartherOnConcreteThanOnSand() {
        func distance(_ ground: Material) -> Float {
            let world = World(WorldDef(groundMaterial: ground))
            let ball = world.add(Scenes.ball(radius: 0.11, at: Vec3(0, 0.11, 0), velocity: Vec3(2, 0, 0)))
            world.run(seconds: 3)
            return world.pose(ball).position.x
        }
        #expect(distance(.concrete) > 2 * distance(.sand))
    }
}
