import Geometry
import Physics
import Storyboard
import Testing

@Suite struct WorldTests {
    @Test func substepsNeverExceedMaxSubstep() {
        // A step that is not a multiple of maxSubstep still lands exactly on its end time.
        let world = World(WorldDef(maxSubstep: 0.01))
        world.add(Scenes.ball(at: Vec3(0, 5, 0)))
        world.step(0.025)
        world.step(0.025)
        #expect(world.time == 0.05)
    }

    /// A scene with every shape pair in it: spheres, boxes, capsules tumbling onto each other.
    static func pile() -> World {
        let world = World(WorldDef(groundMaterial: .grass))
        var rng = SeededRandom(seed: 7, stream: "pile")
        for i in 0..<12 {
            let p = Vec3(rng.uniform(-0.6, 0.6), 0.5 + Float(i) * 0.4, rng.uniform(-0.6, 0.6))
            let q = Quat(angle: rng.uniform(0, 3), axis: Vec3(rng.uniform(-1, 1), 1, rng.uniform(-1, 1)))
            let shape: Shape
            switch i % 3 {
            case 0: shape = .sphere(radius: 0.15)
            case 1: shape = .box(halfExtents: Vec3(0.2, 0.15, 0.1))
            default: shape = .capsule(radius: 0.08, halfHeight: 0.15)
            }
            world.add(BodyDef(name: "b\(i)", shape: shape, material: [.rubber, .wood, .glass][i % 3], pose: Pose(position: p, orientation: q)))
        }
        return world
    }

    @Test func twoRunsAreBitIdentical() {
        let a = Self.pile(), b = Self.pile()
        a.run(seconds: 2)
        b.run(seconds: 2)
        #expect(a.stateHash == b.stateHash)
        for i in 0..<a.bodyCount {
            let id = a.body(named: "b\(i)")!
            #expect(a.pose(id) == b.pose(id))
        }
        #expect(a.drainEvents() == b.drainEvents())
    }

    @Test func stateHashChangesWithState() {
        let a = Self.pile()
        let before = a.stateHash
        a.step(1.0 / 60)
        #expect(a.stateHash != before)
    }

    @Test func pileSettlesWithEveryShapePair() {
        let world = Self.pile()
        world.run(seconds: 4)
        for i in 0..<world.bodyCount {
            let id = world.body(named: "b\(i)")!
            let p = world.pose(id).position
            #expect(p.y > 0 && p.y < 1.5, "b\(i) at \(p)")
            #expect(length(world.linearVelocity(id)) < 0.05, "b\(i) still moving at \(world.linearVelocity(id))")
        }
    }
}
