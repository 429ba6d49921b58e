import Geometry
import Storyboard

extension AccuracyCase {
    /// A ball dropped in vacuum falls ½ g t² and reaches g t after t = 1 s.
    public static let freeFall = AccuracyCase(name: "free-fall", summary: "ball released at rest, no ground: drop ½ g t² and speed g t after 1 s") {
        let world = World(WorldDef(hasGround: false))
        let ball = world.add(BodyDef(name: "ball", shape: .sphere(radius: 0.1), material: .rubber, pose: Pose(position: Vec3(0, 10, 0))))
        world.run(seconds: 1)
        let g = 9.81, t = world.time
        return [
            AccuracyResult("drop after 1 s", unit: "m", measured: 10 - Double(world.pose(ball).position.y), expected: 0.5 * g * t * t, tolerance: 0.005),
            AccuracyResult("speed after 1 s", unit: "m/s", measured: -Double(world.linearVelocity(ball).y), expected: g * t, tolerance: 0.005),
        ]
    }
}
