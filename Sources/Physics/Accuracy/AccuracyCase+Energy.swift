import Geometry
import Storyboard

extension AccuracyCase {
    /// Without a source, mechanical energy can only fall: a bouncing ball, a tumbling box and
    /// a pendulum, sampled every frame, never exceed their starting total.
    public static let energyNeverRises = AccuracyCase(name: "energy-never-rises", summary: "bouncing ball, thrown box, pendulum: largest rise of total energy above the start, per start energy") {
        let world = World(WorldDef())
        world.add(BodyDef(name: "ball", shape: .sphere(radius: 0.1), material: .rubber, pose: Pose(position: Vec3(0, 1.5, 0))))
        world.add(BodyDef(name: "box", shape: .box(halfExtents: Vec3(0.15, 0.1, 0.2)), material: .wood,
                          pose: Pose(position: Vec3(2, 0.8, 0), orientation: Quat(angle: 0.3, axis: Vec3(1, 0, 1))),
                          linearVelocity: Vec3(2, 1, 0), angularVelocity: Vec3(0, 2, 3)))
        let bob = world.add(BodyDef(name: "bob", shape: .sphere(radius: 0.05), material: .metal, pose: Pose(position: Vec3(-2.5, 2, 0))))
        world.add(.distance(nil, bob, anchorA: Vec3(-2, 2, 0), anchorB: Vec3(-2.5, 2, 0)))
        world.step(1.0 / 60)
        let start = world.mechanicalEnergy
        var highest = start
        world.run(seconds: 4) { w in highest = max(highest, w.mechanicalEnergy) }
        return [AccuracyResult("largest rise / start energy", unit: "", measured: (highest - start) / start, expected: 0, measure: .absolute, tolerance: 1e-4)]
    }
}
