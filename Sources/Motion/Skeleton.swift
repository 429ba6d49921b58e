public import Geometry
public import Stage

/// Forward kinematics: bone frames in the world from a rig and joint angles.
public enum Skeleton {
    /// World-from-bone pose of every bone, indexed by `HumanoidRig.Bone.rawValue`.
    public static func bonePoses(_ rig: HumanoidRig, _ pose: HumanoidPose) -> [Pose] {
        typealias B = HumanoidRig.Bone
        let x = Vec3(1, 0, 0), y = Vec3(0, 1, 0)
        func local(_ b: B) -> Quat {
            switch b {
            case .pelvis: return .identity
            case .spine: return Quat(angle: pose.spinePitch, axis: x)
            case .head: return Quat(angle: pose.headYaw, axis: y) * Quat(angle: pose.headPitch, axis: x)
            case .jaw: return .identity
            // Rotation about −x swings a limb that hangs down (−y) forwards (+z).
            case .upperArmL: return Quat(angle: -pose.shoulder.left, axis: x) * Quat(angle: -0.08, axis: Vec3(0, 0, 1))
            case .upperArmR: return Quat(angle: -pose.shoulder.right, axis: x) * Quat(angle: 0.08, axis: Vec3(0, 0, 1))
            case .lowerArmL: return Quat(angle: -pose.elbow.left, axis: x)
            case .lowerArmR: return Quat(angle: -pose.elbow.right, axis: x)
            case .thighL: return Quat(angle: -pose.hip.left, axis: x)
            case .thighR: return Quat(angle: -pose.hip.right, axis: x)
            case .shinL: return Quat(angle: pose.knee.left, axis: x)
            case .shinR: return Quat(angle: pose.knee.right, axis: x)
            case .footL: return Quat(angle: pose.hip.left - pose.knee.left, axis: x)
            case .footR: return Quat(angle: pose.hip.right - pose.knee.right, axis: x)
            }
        }
        var out = [Pose](repeating: .identity, count: B.allCases.count)
        for b in B.allCases {
            let parent = rig.parents[b.rawValue]
            let frame = Pose(position: rig.offsets[b.rawValue], orientation: local(b))
            out[b.rawValue] = parent < 0 ? pose.root.compose(frame) : out[parent].compose(frame)
        }
        return out
    }

    /// World-from-object matrix of each part of `actor`, with the mouth opened by `pose.mouthOpen`.
    public static func partTransforms(_ actor: Actor, rig: HumanoidRig, pose: HumanoidPose) -> [Mat4] {
        let bones = bonePoses(rig, pose)
        return actor.parts.map { part in
            let p = bones[part.bone].compose(part.offset)
            var scale = part.scale
            if part.name == "mouth" { scale.y *= 1 + 5 * pose.mouthOpen }
            return Mat4(translation: p.position, rotation: p.orientation, scale: scale)
        }
    }
}
