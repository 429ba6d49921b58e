import Foundation
import Geometry
import Physics
import Stage
import Storyboard

/// Initial conditions that make each action happen: a ball to bounce is held up and let
/// go, a ball to roll is given speed and matching spin, a crate to fall is tilted in the air.
/// Varied by seed, scaled by the action's intensity.
enum Blocking {
    static func body(for actor: Actor, action: Action?, index: Int, seed: UInt64) -> BodyDef {
        var rng = SeededRandom(seed: seed, stream: "blocking:" + actor.id)
        let intensity = action?.intensity ?? 1
        var pose = actor.startPose
        var v = Vec3.zero, w = Vec3.zero
        let side: Float = index % 2 == 0 ? 1 : -1
        let radius = actor.shape.boundingRadius
        switch action?.verb {
        case .bounce?:
            pose.position.y = min(actor.restHeight + (1.3 + 0.5 * rng.unit()) * intensity, 6)
            v = Vec3(0.45 * side * intensity, 0, 0)
            w = Vec3(0, 0, -v.x / max(radius, 0.01))
        case .fall?:
            pose.position.y = actor.restHeight + 0.5 + 0.6 * rng.unit() * intensity
            let axis = normalize(Vec3(rng.uniform(-1, 1), 0, rng.uniform(-1, 1)) + Vec3(0.01, 0, 0))
            pose.orientation = Quat(angle: rng.uniform(0.25, 0.6), axis: axis)
            v = Vec3(0.2 * side, 0, 0)
        case .roll?:
            v = Vec3(2.0 * side * intensity, 0, 0)
            w = Vec3(0, 0, -v.x / max(radius, 0.01))
        case .fly?:
            v = Vec3(2.2 * side, 4.2, 0) * intensity
            w = Vec3(0, 0, -3 * side)
        case .slide?:
            v = Vec3(3 * side * intensity, 0, 0)
        case .walk?, .stand?, .talk?, nil:
            break
        }
        // A prop that moves sideways starts on the other side so it crosses the frame.
        if abs(v.x) > 1 { pose.position.x -= side * min(abs(v.x) * 0.6, 1.5) }
        return BodyDef(name: actor.id, shape: actor.shape, material: actor.material, pose: pose, linearVelocity: v, angularVelocity: w)
    }
}
