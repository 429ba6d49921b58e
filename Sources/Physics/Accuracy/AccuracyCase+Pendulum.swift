import Foundation
import Geometry
import Storyboard

extension AccuracyCase {
    /// A bob on a 1 m string swinging 0.05 rad has period 2π √(L/g) (1 + θ₀²/16); measured
    /// from the zero crossings of its horizontal position over five periods.
    public static let pendulumPeriod = AccuracyCase(name: "pendulum-period", summary: "1 m distance-joint pendulum, 0.05 rad: period 2π√(L/g)(1 + θ²/16) from zero crossings") {
        let length = 1.0, theta = 0.05, g = 9.81
        let world = World(WorldDef(hasGround: false))
        let start = Vec3(Float(length * sin(theta)), Float(2 - length * cos(theta)), 0)
        let bob = world.add(BodyDef(name: "bob", shape: .sphere(radius: 0.02), material: .metal, pose: Pose(position: start)))
        world.add(.distance(nil, bob, anchorA: Vec3(0, 2, 0), anchorB: start))
        var crossings: [Double] = []
        var lastX = Double(start.x), lastT = 0.0
        world.run(seconds: 10.5, dt: 1.0 / 240) { w in
            let x = Double(w.pose(bob).position.x)
            if (lastX > 0) != (x > 0) {
                crossings.append(lastT + (w.time - lastT) * lastX / (lastX - x))
            }
            lastX = x
            lastT = w.time
        }
        let expected = 2 * Double.pi * (length / g).squareRoot() * (1 + theta * theta / 16)
        let measured = crossings.count > 1 ? 2 * (crossings.last! - crossings[0]) / Double(crossings.count - 1) : .nan
        return [AccuracyResult("period", unit: "s", measured: measured, expected: expected, tolerance: 0.01)]
    }
}
