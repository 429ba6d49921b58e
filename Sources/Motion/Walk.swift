import Foundation
public import Geometry
public import Stage
public import Storyboard

/// The path of a walking character: a straight line across the set (or towards its target),
/// at a pace set by intensity, during the action's time span.
public struct Walk: Sendable {
    public var start: Vec3
    public var direction: Vec3
    public var speed: Float
    public var begin: Double
    public var end: Double

    public init(actor: Actor, action: Action, target: Vec3?, index: Int, videoEnd: Double) {
        speed = 1.25 * action.intensity
        begin = action.start
        end = min(action.end ?? videoEnd, videoEnd)
        let span = Float(end - begin)
        if let target {
            let to = Vec3(target.x, 0, target.z) - actor.startPose.position
            direction = length(to) > 0.01 ? normalize(to) : Vec3(1, 0, 0)
            // Stop a little short of the target instead of walking through it.
            speed = min(speed, max(length(to) - 0.6, 0) / max(span, 0.1))
            start = actor.startPose.position
        } else {
            direction = Vec3(index % 2 == 0 ? 1 : -1, 0, 0)
            start = actor.startPose.position - direction * (speed * span / 2)
        }
    }

    /// Metres walked by `time`.
    public func distance(at time: Double) -> Float { speed * Float(min(max(time - begin, 0), end - begin)) }

    public func isWalking(at time: Double) -> Bool { time >= begin && time < end && speed > 0.05 }

    public func root(at time: Double) -> Pose {
        let yaw = atan2(direction.x, direction.z)
        return Pose(position: start + direction * distance(at: time), orientation: Quat(angle: yaw, axis: Vec3(0, 1, 0)))
    }

    public func pose(rig: HumanoidRig, at time: Double) -> HumanoidPose {
        Gait.walk(rig: rig, root: root(at: time), distance: distance(at: time), speed: isWalking(at: time) ? speed : 0, time: time)
    }
}
