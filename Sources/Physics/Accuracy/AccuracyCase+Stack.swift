import Geometry
import Storyboard

extension AccuracyCase {
    /// Ten boxes stacked 1 mm apart settle and then stand still: none ends more than 5 mm
    /// from where a perfect stack puts it.
    public static let boxStack = AccuracyCase(name: "box-stack", summary: "10 cardboard boxes stacked, 10 s: largest drift from the ideal rest pose") {
        let world = World(WorldDef())
        let half = Vec3(0.25, 0.2, 0.25)
        let boxes = (0..<10).map { k in
            world.add(BodyDef(name: "box-\(k)", shape: .box(halfExtents: half), material: .cardboard,
                              pose: Pose(position: Vec3(0, 0.2 + 0.4 * Float(k) + 0.001 * Float(k + 1), 0))))
        }
        world.run(seconds: 10)
        let drift = boxes.enumerated().map { k, id in
            Double(length(world.pose(id).position - Vec3(0, 0.2 + 0.4 * Float(k), 0)))
        }.max()!
        return [AccuracyResult("largest drift", unit: "m", measured: drift, expected: 0, measure: .absolute, tolerance: 0.005)]
    }
}
