public import Geometry
import Foundation
public import Stage

/// Procedural walking and idling. The stride length follows leg length and speed, and the
/// cycle's phase is tied to distance travelled, so feet do not slide over the ground.
public enum Gait {
    /// Pose of a character whose root has travelled `distance` metres at `speed` m/s.
    public static func walk(rig: HumanoidRig, root: Pose, distance: Float, speed: Float, time: Double) -> HumanoidPose {
        var pose = HumanoidPose(root: root)
        let phase = distance / stride(rig: rig, speed: speed) * 2 * .pi
        let amount = min(speed / 1.2, 1)
        let swing = 0.42 * amount
        pose.hip = (swing * sin(phase), swing * sin(phase + .pi))
        // The knee bends most (about 40°) as its leg swings through under the body, and stays
        // nearly straight while the foot is planted: no heel kicked up behind.
        pose.knee = (0.7 * amount * max(0, sin(phase + 0.45 * .pi)) + 0.05, 0.7 * amount * max(0, sin(phase + 1.45 * .pi)) + 0.05)
        pose.shoulder = (0.35 * amount * sin(phase + .pi), 0.35 * amount * sin(phase))
        pose.elbow = (0.25 + 0.2 * amount, 0.25 + 0.2 * amount)
        pose.spinePitch = 0.05 * amount
        // The body bobs twice per stride, lowest as the feet pass wide apart.
        pose.root.position.y += 0.025 * amount * abs(cos(phase)) - 0.02 * amount
        idle(&pose, time: time, weight: 1 - amount)
        return pose
    }

    /// Length of one full cycle (two steps) in metres: about 1.5 leg lengths at 1.4 m/s.
    public static func stride(rig: HumanoidRig, speed: Float) -> Float {
        (rig.thighLength + rig.shinLength) * (0.9 + 0.45 * min(speed, 2.5))
    }

    /// Phases (radians) at which the left and right heels strike the ground.
    public static let heelStrike: (left: Float, right: Float) = (.pi / 2, 3 * .pi / 2)

    /// Breathing and small weight shifts so a standing character is never frozen.
    static func idle(_ pose: inout HumanoidPose, time: Double, weight: Float) {
        let t = Float(time)
        pose.spinePitch += weight * 0.015 * sin(t * 1.7)
        pose.headYaw += weight * 0.12 * sin(t * 0.43)
        pose.headPitch += weight * 0.04 * sin(t * 0.9 + 1)
        pose.shoulder.left += weight * 0.03 * sin(t * 1.7)
        pose.shoulder.right += weight * 0.03 * sin(t * 1.7 + 0.5)
        pose.elbow.left += weight * 0.15
        pose.elbow.right += weight * 0.15
    }
}
