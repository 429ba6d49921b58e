import Geometry
@testable import Physics
import Storyboard
import Testing

@Suite struct WaterTests {
    @Test func submergedVolumeOfSimpleCases() {
        // Sizes are Float in a Shape; compare with the Float value in double.
        let r = Double(Float(0.1)), sphere = 4.0 / 3 * Double.pi * r * r * r
        let ball = Shape.sphere(radius: Float(r))
        #expect(SubmergedPart(ball, DVec3(0, 1, 0), .identity, surface: 0).volume == 0)
        #expect(abs(SubmergedPart(ball, DVec3(0, -1, 0), .identity, surface: 0).volume - sphere) < 1e-12)
        let half = SubmergedPart(ball, .zero, .identity, surface: 0)
        #expect(abs(half.volume - sphere / 2) < 1e-12)
        #expect(abs(half.centroid.y + 3 * r / 8) < 1e-12, "hemisphere centroid \(half.centroid.y)")
        // A cube turned 45° about z, centre on the surface: half of it is under water by symmetry.
        let cube = Shape.box(halfExtents: Vec3(0.1, 0.1, 0.1))
        let turned = DQuat(Quat(angle: .pi / 4, axis: Vec3(0, 0, 1)))
        #expect(abs(SubmergedPart(cube, .zero, turned, surface: 0).volume - 4 * r * r * r) < 1e-9)
        // Upright with 3/4 of its height under water: slabs with level faces are exact.
        #expect(abs(SubmergedPart(cube, DVec3(0, -r / 2, 0), .identity, surface: 0).volume - 0.75 * 8 * r * r * r) < 1e-12)
        let capsule = Shape.capsule(radius: 0.05, halfHeight: 0.1)
        #expect(abs(SubmergedPart(capsule, DVec3(0, -1, 0), turned, surface: 0).volume - Double(capsule.volume)) < 1e-6)
    }

    @Test func tiltedBoardRightsItselfAndFloats() {
        let world = World(WorldDef(groundHeight: -2, water: Water(surfaceHeight: 0)))
        let board = world.add(BodyDef(
            name: "raft", shape: .box(halfExtents: Vec3(0.4, 0.05, 0.3)), material: .wood,
            pose: Pose(position: Vec3(0, 0.3, 0), orientation: Quat(angle: 0.5, axis: Vec3(0, 0, 1)))))
        world.run(seconds: 8)
        let pose = world.pose(board)
        #expect(pose.orientation.act(Vec3(0, 1, 0)).y > 0.999, "raft tilted: up = \(pose.orientation.act(Vec3(0, 1, 0)))")
        #expect(pose.position.y > -0.05 && pose.position.y < 0.05, "raft centre at \(pose.position.y) m")
    }

    @Test func stoneSinksToTheBedAndRests() {
        let world = World(WorldDef(groundHeight: -1, groundMaterial: .sand, water: Water(surfaceHeight: 0)))
        let stone = world.add(Scenes.ball("stone", radius: 0.1, material: .stone, at: Vec3(0, 0.5, 0)))
        world.run(seconds: 3)
        #expect(abs(world.pose(stone).position.y - (-0.9)) < 1e-3, "stone at \(world.pose(stone).position.y) m")
        #expect(length(world.linearVelocity(stone)) < 1e-3)
    }

    @Test func bodyBreakingTheSurfaceSplashesOnce() {
        let world = World(WorldDef(hasGround: false, water: Water(surfaceHeight: 0)))
        world.add(Scenes.ball("log", radius: 0.1, material: .wood, at: Vec3(0, 1.1, 0)))
        world.run(seconds: 5)
        let splashes = world.drainEvents().filter { $0.b == "water" }
        #expect(splashes.count == 1, "\(splashes.count) splashes")
        // Dropped from 1 m: it meets the water after √(2h/g) at √(2gh).
        let t = (2 / 9.81).squareRoot(), v = (2 * 9.81).squareRoot()
        #expect(abs(splashes[0].time - t) < 0.002, "splash at \(splashes[0].time) s, expected \(t) s")
        #expect(abs(Double(splashes[0].normalSpeed) - v) / v < 0.01, "entry speed \(splashes[0].normalSpeed) m/s")
        #expect(splashes[0].materials == [.wood, .water] && splashes[0].a == "log")
    }
}
