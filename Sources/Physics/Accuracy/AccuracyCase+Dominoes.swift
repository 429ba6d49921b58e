import Foundation
import Geometry
import Storyboard

extension AccuracyCase {
    /// Twenty dominoes 0.1 m apart; the first is tipped, and every one must end up turned more
    /// than 60° from upright.
    public static let dominoChain = AccuracyCase(name: "domino-chain", summary: "20 wood dominoes (0.2 m tall, 0.1 m apart), first one tipped: how many fall past 60°") {
        let world = World(WorldDef())
        let half = Vec3(0.015, 0.1, 0.05)
        let dominoes = (0..<20).map { k in
            world.add(BodyDef(name: "domino-\(k)", shape: .box(halfExtents: half), material: .wood, pose: Pose(position: Vec3(0.1 * Float(k), 0.1, 0))))
        }
        // Turning at 3 rad/s about its front bottom edge.
        world.setVelocity(dominoes[0], linear: Vec3(0.3, 0.045, 0), angular: Vec3(0, 0, -3))
        world.run(seconds: 5)
        let fallen = dominoes.filter { id in
            Double(world.pose(id).orientation.act(Vec3(0, 1, 0)).y) < cos(60 * Double.pi / 180)
        }.count
        return [AccuracyResult("dominoes past 60°", unit: "", measured: Double(fallen), expected: 20, measure: .absolute, tolerance: 0)]
    }
}
