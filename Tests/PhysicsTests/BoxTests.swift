import Geometry
import Physics
import Storyboard
import Testing

@Suite struct BoxTests {
    @Test func tiltedBoxComesToRestFlat() {
        let world = World(WorldDef())
        let h: Float = 0.2
        let q = Quat(angle: 0.5, axis: Vec3(1, 0, 0.4))
        let box = world.add(Scenes.box("crate", half: Vec3(h, h, h), at: Vec3(0, 1.2, 0), orientation: q))
        world.run(seconds: 4)
        let pose = world.pose(box)
        #expect(abs(pose.position.y - h) < 0.01, "rests at \(pose.position.y) m")
        // Flat: one of the box axes is vertical.
        let up = [Vec3(1, 0, 0), Vec3(0, 1, 0), Vec3(0, 0, 1)].map { abs(pose.orientation.act($0).y) }.max()!
        #expect(up > 0.999)
        #expect(length(world.linearVelocity(box)) < 1e-3)
        #expect(length(world.angularVelocity(box)) < 1e-2)
        _ = world.drainEvents()
        let before = world.pose(box)
        world.run(seconds: 1)
        #expect(length(world.pose(box).position - before.position) < 1e-4)
        #expect(world.drainEvents().isEmpty)
    }

    @Test func boxTumblesOffAnotherBox() {
        // A box dropped half over the edge of a static crate falls off it and lands flat.
        let world = World(WorldDef())
        world.add(BodyDef(name: "crate", shape: .box(halfExtents: Vec3(0.3, 0.3, 0.3)), material: .wood, pose: Pose(position: Vec3(0, 0.3, 0)), motion: .static))
        let box = world.add(Scenes.box("box", half: Vec3(0.1, 0.1, 0.1), at: Vec3(0.32, 0.9, 0)))
        world.run(seconds: 4)
        let p = world.pose(box).position
        #expect(p.x > 0.35 && abs(p.y - 0.1) < 0.01, "box ended at \(p)")
        let events = world.drainEvents()
        #expect(events.contains { $0.a == "box" && $0.b == "crate" || $0.a == "crate" && $0.b == "box" })
        #expect(events.contains { $0.a == "box" && $0.b == "ground" })
    }
}
