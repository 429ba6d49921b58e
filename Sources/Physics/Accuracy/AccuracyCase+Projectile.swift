import Geometry
import Storyboard

extension AccuracyCase {
    /// A ball thrown at 45° lands back at launch height after v² sin 2θ / g.
    public static let projectileRange = AccuracyCase(name: "projectile-range", summary: "ball thrown at 10 m/s, 45°, no ground: range v² sin 2θ / g") {
        let v = 10.0, g = 9.81
        let c = Float(v * 0.5.squareRoot())
        let world = World(WorldDef(hasGround: false))
        let ball = world.add(BodyDef(name: "ball", shape: .sphere(radius: 0.05), material: .rubber, pose: Pose(position: Vec3(0, 1, 0)), linearVelocity: Vec3(c, c, 0)))
        var range = Double.nan
        var last = world.pose(ball).position
        world.run(seconds: 2, dt: 1.0 / 240) { w in
            let p = w.pose(ball).position
            if range.isNaN && last.y >= 1 && p.y < 1 {
                // Linear interpolation of the crossing between frames.
                let t = Double((last.y - 1) / (last.y - p.y))
                range = Double(last.x) + t * Double(p.x - last.x)
            }
            last = p
        }
        return [AccuracyResult("range", unit: "m", measured: range, expected: v * v / g, tolerance: 0.01)]
    }
}
