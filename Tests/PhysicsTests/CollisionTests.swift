import Geometry
@testable import Physics
import Storyboard
import Testing

@Suite struct CollisionTests {
    @Test func headOnSpheresExchangeMomentum() {
        let world = World(WorldDef(gravity: .zero, hasGround: false))
        let a = world.add(Scenes.ball("a", radius: 0.1, material: .metal, at: Vec3(-1, 1, 0), velocity: Vec3(2, 0, 0)))
        let b = world.add(Scenes.ball("b", radius: 0.1, material: .metal, at: Vec3(1, 1, 0)))
        let m = Material.metal.physical.density * 4 / 3 * .pi * 0.001
        world.run(seconds: 1.5)
        let va = world.linearVelocity(a).x, vb = world.linearVelocity(b).x
        let p = m * (va + vb)
        #expect(abs(p - m * 2) / (m * 2) < 0.01, "momentum \(p), expected \(m * 2)")
        // Equal masses with e = 0.6: va = (1 − e)/2 · 2, vb = (1 + e)/2 · 2.
        #expect(abs(va - 0.4) < 0.02 && abs(vb - 1.6) < 0.02, "va \(va), vb \(vb)")
        let events = world.drainEvents()
        #expect(events.count == 1)
        #expect(abs(events[0].time - 0.9) < 0.001)
        #expect(abs(events[0].normalSpeed - 2) < 0.01)
        #expect(abs(events[0].impulse - m * 1.6) / (m * 1.6) < 0.02)
    }

    @Test func kinematicCapsulePushesBall() {
        let world = World(WorldDef(groundMaterial: .grass))
        let walker = world.add(
            BodyDef(name: "walker", shape: .capsule(radius: 0.25, halfHeight: 0.6), material: .flesh,
                    pose: Pose(position: Vec3(-1, 0.85, 0)), motion: .kinematic))
        let ball = world.add(Scenes.ball(radius: 0.11, at: Vec3(0, 0.11, 0)))
        var x: Float = -1
        let v: Float = 1.2
        for _ in 0..<90 {
            x += v / 60
            world.setKinematic(walker, pose: Pose(position: Vec3(x, 0.85, 0)), velocity: Vec3(v, 0, 0))
            world.step(1.0 / 60)
            // The walker never overlaps the ball: the ball stays outside the capsule (its
            // axis runs from y = 0.25 to 1.45 m; radii 0.25 + 0.11 m).
            let c = world.pose(ball).position
            let axisPoint = Vec3(x, min(max(c.y, 0.25), 1.45), 0)
            #expect(length(c - axisPoint) > 0.36 - 0.002)
        }
        #expect(abs(world.pose(walker).position.x - x) < 1e-5)
        let p = world.pose(ball).position
        #expect(p.x > 0.5, "ball pushed to \(p.x) m")
        #expect(world.linearVelocity(ball).x > 1, "ball speed \(world.linearVelocity(ball).x)")
        #expect(abs(p.z) < 1e-3)
        let events = world.drainEvents()
        #expect(events.contains { $0.a == "walker" && $0.b == "ball" })
    }

    @Test func ballHitsBoxAndCapsule() {
        let world = World(WorldDef(gravity: .zero))
        let box = world.add(Scenes.box("box", half: Vec3(0.2, 0.2, 0.2), at: Vec3(1, 1, 0)))
        let bottle = world.add(BodyDef(name: "bottle", shape: .capsule(radius: 0.04, halfHeight: 0.1), material: .glass, pose: Pose(position: Vec3(-1, 1, 0))))
        world.add(Scenes.ball("right", radius: 0.1, at: Vec3(0.5, 1, 0), velocity: Vec3(2, 0, 0)))
        world.add(Scenes.ball("left", radius: 0.1, at: Vec3(-0.5, 1, 0), velocity: Vec3(-2, 0, 0)))
        world.run(seconds: 0.5)
        #expect(world.linearVelocity(box).x > 0.1)
        #expect(world.linearVelocity(bottle).x < -0.1)
        let names = Set(world.drainEvents().map { [$0.a, $0.b].sorted().joined(separator: "+") })
        #expect(names == ["box+right", "bottle+left"])
    }

    @Test func uprightBottleToppledByBall() {
        let world = World(WorldDef())
        let bottle = world.add(BodyDef(name: "bottle", shape: .capsule(radius: 0.04, halfHeight: 0.1), material: .glass, pose: Pose(position: Vec3(0, 0.14, 0))))
        world.add(Scenes.ball(radius: 0.05, at: Vec3(-0.5, 0.2, 0), velocity: Vec3(2, 0, 0)))
        world.run(seconds: 3)
        let axis = world.pose(bottle).orientation.act(Vec3(0, 1, 0))
        #expect(abs(axis.y) < 0.1, "bottle axis \(axis)")
        #expect(abs(world.pose(bottle).position.y - 0.04) < 0.005)
    }

    @Test func broadphaseOnlyPairsNeighbours() {
        // 100 balls resting 0.5 m apart on a grid: the broadphase pairs none of the 4950 pairs,
        // nothing touches anything but the ground, and resting emits no events.
        let world = World(WorldDef())
        for i in 0..<100 {
            world.add(Scenes.ball("b\(i)", radius: 0.1, at: Vec3(Float(i % 10) * 0.5, 0.1, Float(i / 10) * 0.5)))
        }
        world.run(seconds: 0.25)
        #expect(world.broadphase.pairs.isEmpty)
        #expect(world.drainEvents().isEmpty)
        // Two rows pushed together: only the touching neighbours become pairs.
        let close = World(WorldDef())
        for i in 0..<100 {
            close.add(Scenes.ball("c\(i)", radius: 0.1, at: Vec3(Float(i % 10) * 0.2, 0.1, Float(i / 10) * 0.5)))
        }
        close.step(1.0 / 60)
        #expect(close.broadphase.pairs.count == 90)
    }
}
