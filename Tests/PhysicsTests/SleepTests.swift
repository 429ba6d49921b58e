import Geometry
import Physics
import Storyboard
import Testing

@Suite struct SleepTests {
    @Test func settledPileSleepsAndStaysPut() {
        let world = WorldTests.pile()
        world.run(seconds: 5)
        let ids = (0..<world.bodyCount).map { world.body(named: "b\($0)")! }
        #expect(ids.allSatisfy { !world.isAwake($0) }, "awake: \(ids.filter { world.isAwake($0) }.map { world.name($0) })")
        let before = world.stateHash
        world.run(seconds: 1)
        // Only the time moved.
        #expect(ids.allSatisfy { world.linearVelocity($0) == .zero })
        #expect(world.stateHash != before)
    }

    @Test func fallingBallWakesASleepingCrate() {
        let world = World(WorldDef())
        let crate = world.add(Scenes.box("crate", half: Vec3(0.2, 0.2, 0.2), at: Vec3(0, 0.2, 0)))
        world.run(seconds: 1)
        #expect(!world.isAwake(crate))
        // A heavy ball lands on the crate's edge and tips it.
        world.add(Scenes.ball("ball", radius: 0.1, material: .metal, at: Vec3(0.18, 1.5, 0)))
        world.run(seconds: 0.6)
        #expect(world.isAwake(crate))
        #expect(world.drainEvents().contains { $0.a == "ball" && $0.b == "crate" || $0.a == "crate" && $0.b == "ball" })
    }

    @Test func setVelocityWakesAndSleepCanBeOff() {
        let world = World(WorldDef())
        let ball = world.add(Scenes.ball(at: Vec3(0, 0.1, 0)))
        world.run(seconds: 1)
        #expect(!world.isAwake(ball))
        world.setVelocity(ball, linear: Vec3(0, 3, 0))
        #expect(world.isAwake(ball))
        world.step(1.0 / 60)
        #expect(world.pose(ball).position.y > 0.1)

        let restless = World(WorldDef(enableSleep: false))
        let other = restless.add(Scenes.ball(at: Vec3(0, 0.1, 0)))
        restless.run(seconds: 1)
        #expect(restless.isAwake(other))
    }
}
