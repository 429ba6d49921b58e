import Foundation
import Geometry
import Storyboard

extension AccuracyCase {
    /// Five steel balls hung side by side on strings; the first is released from 30°. With
    /// perfectly elastic, frictionless balls momentum passes down the row: the last ball
    /// swings out to the release height and the middle three stay put.
    public static let newtonsCradle = AccuracyCase(name: "newtons-cradle", summary: "5 elastic balls on 0.5 m strings, first released from 30°: last ball's rise, middle balls' motion") {
        let r: Float = 0.05, length: Float = 0.5, top: Float = 1, gap: Float = 0.002
        // Hardened steel on steel is nearly elastic; the ideal cradle takes e = 1, μ = 0.
        let steel = MaterialProperties(density: 7850, restitution: 1, staticFriction: 0, dynamicFriction: 0, rollingResistance: 0)
        let world = World(WorldDef(hasGround: false))
        let angle: Float = 30 * .pi / 180
        let balls = (0..<5).map { k -> BodyID in
            let pivot = Vec3((2 * r + gap) * Float(k), top, 0)
            let rest = pivot - Vec3(0, length, 0)
            let start = k == 0 ? pivot + Vec3(-length * sin(angle), -length * cos(angle), 0) : rest
            let ball = world.add(BodyDef(name: "ball-\(k)", shape: .sphere(radius: r), material: .metal, pose: Pose(position: start), properties: steel))
            world.add(.distance(nil, ball, anchorA: pivot, anchorB: start))
            return ball
        }
        let rest = top - length
        let release = Double(length * (1 - cos(angle)))
        var lastRise = 0.0, middleMotion = 0.0, hit = false
        // One swing of the last ball: a quarter period in, a quarter out (T ≈ 1.42 s).
        world.run(seconds: 1.2, dt: 1.0 / 240) { w in
            if !hit { hit = w.linearVelocity(balls[4]).x > 0.01 }
            guard hit else { return }
            lastRise = max(lastRise, Double(w.pose(balls[4]).position.y - rest))
            for k in 1...3 {
                middleMotion = max(middleMotion, Double(abs(w.pose(balls[k]).position.x - (2 * r + gap) * Float(k))))
            }
        }
        return [
            AccuracyResult("last ball's rise", unit: "m", measured: lastRise, expected: release, tolerance: 0.05),
            AccuracyResult("middle balls' largest shift", unit: "m", measured: middleMotion, expected: 0, measure: .absolute, tolerance: 0.005),
        ]
    }
}
