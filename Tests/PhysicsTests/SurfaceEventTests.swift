import Geometry
import Physics
import Storyboard
import Testing

@Suite struct SurfaceEventTests {
    @Test func slidingBoxReportsItsSlowingSlip() {
        let world = World(WorldDef())
        let box = world.add(Scenes.box("crate", half: Vec3(0.2, 0.2, 0.2), at: Vec3(0, 0.2, 0)))
        world.setVelocity(box, linear: Vec3(3, 0, 0))
        world.run(seconds: 1.5)
        let events = world.drainSurfaceEvents()
        #expect(events.allSatisfy { $0.kind == .sliding && $0.a == "crate" && $0.b == "ground" && $0.materials == [.wood, .concrete] })
        // One per frame while it slides: it stops after v / (μ g) ≈ 0.63 s.
        #expect(events.count > 30 && events.count < 45, "\(events.count) events")
        #expect(events.first!.speed > 2.8 && events.last!.speed < 0.3, "speeds \(events.first!.speed) … \(events.last!.speed)")
        // Pressed by its weight, m g.
        let weight = Float(0.4 * 0.4 * 0.4 * Material.wood.physical.density * 9.81)
        #expect(events.allSatisfy { abs($0.normalForce - weight) < 0.05 * weight }, "normal forces \(events.map(\.normalForce).prefix(3)) vs \(weight)")
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.time < $1.time })
    }

    @Test func rollingBallReportsRolling() {
        let world = World(WorldDef(groundMaterial: .grass))
        world.add(Scenes.ball(radius: 0.11, at: Vec3(0, 0.11, 0), velocity: Vec3(3, 0, 0)))
        world.run(seconds: 1)
        let events = world.drainSurfaceEvents()
        // It skids first, then rolls at about 5/7 of the launch speed.
        #expect(events.first?.kind == .sliding)
        let rolling = events.filter { $0.kind == .rolling }
        #expect(rolling.count > 30, "\(rolling.count) rolling events")
        #expect(rolling.allSatisfy { $0.speed > 1.3 && $0.speed < 2.2 }, "rolling speeds \(rolling.map(\.speed))")
        // Rolling resistance slows it down step by step.
        #expect(zip(rolling, rolling.dropFirst()).allSatisfy { $0.speed > $1.speed })
    }

    @Test func restingBodiesAreSilent() {
        let world = World(WorldDef())
        world.add(Scenes.box("crate", half: Vec3(0.2, 0.2, 0.2), at: Vec3(0, 0.2, 0)))
        world.run(seconds: 1)
        #expect(world.drainSurfaceEvents().isEmpty)
    }
}
