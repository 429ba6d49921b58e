import Geometry
import Storyboard

extension AccuracyCase {
    /// A box sliding at v on a floor stops after v² / (2 μ_d g).
    public static let slidingStop = AccuracyCase(name: "sliding-stop", summary: "wood box sliding at 3 m/s on concrete: stops after v²/(2 μ g)") {
        let world = World(WorldDef())
        let mu = Double(MaterialProperties.combine(Material.wood.physical, Material.concrete.physical).dynamicFriction)
        let box = world.add(BodyDef(name: "crate", shape: .box(halfExtents: Vec3(0.2, 0.2, 0.2)), material: .wood, pose: Pose(position: Vec3(0, 0.2, 0))))
        world.setVelocity(box, linear: Vec3(3, 0, 0))
        world.run(seconds: 2)
        return [AccuracyResult("stop distance", unit: "m", measured: Double(world.pose(box).position.x), expected: 9 / (2 * mu * 9.81), tolerance: 0.03)]
    }
}
