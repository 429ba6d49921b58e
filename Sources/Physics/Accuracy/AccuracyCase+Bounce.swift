import Foundation
import Geometry
import Storyboard

extension AccuracyCase {
    /// A ball dropped from h bounces to apexes h e^{2k} for restitution e.
    public static let bounceApexes = AccuracyCase(name: "bounce-apexes", summary: "rubber ball dropped 2 m on concrete: apex k at 2 e^{2k} m, first five") {
        let e = Double(MaterialProperties.combine(Material.rubber.physical, Material.concrete.physical).restitution)
        let r: Float = 0.1
        let world = World(WorldDef())
        let ball = world.add(BodyDef(name: "ball", shape: .sphere(radius: r), material: .rubber, pose: Pose(position: Vec3(0, 2 + r, 0))))
        var apexes: [Double] = []
        var best = -1.0, rising = false, last = 2.0
        world.run(seconds: 5, dt: 1.0 / 240) { w in
            let y = Double(w.pose(ball).position.y - r)
            if y > last { rising = true; best = max(best, y) }
            if y < last && rising { apexes.append(best); rising = false; best = -1 }
            last = y
        }
        return (0..<5).map { k in
            AccuracyResult("apex \(k + 1)", unit: "m", measured: k < apexes.count ? apexes[k] : 0, expected: 2 * pow(e, 2 * Double(k + 1)), tolerance: 0.02)
        }
    }
}
