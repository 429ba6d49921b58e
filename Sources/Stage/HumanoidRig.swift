public import Geometry

/// A character's skeleton: bones in a parent-before-child order, each with its rest
/// offset from its parent. Proportions follow a body height in metres.
public struct HumanoidRig: Sendable, Hashable {
    public enum Bone: Int, CaseIterable, Sendable {
        case pelvis, spine, head, jaw
        case upperArmL, lowerArmL, upperArmR, lowerArmR
        case thighL, shinL, footL, thighR, shinR, footR
    }

    public var height: Float
    /// Rest offset of each bone's origin in its parent's frame, indexed by `Bone.rawValue`.
    public var offsets: [Vec3]
    public var parents: [Int]

    public var hipHeight: Float { height * 0.52 }
    public var thighLength: Float { height * 0.245 }
    public var shinLength: Float { height * 0.245 }
    public var upperArmLength: Float { height * 0.17 }
    public var lowerArmLength: Float { height * 0.16 }
    public var torsoLength: Float { height * 0.29 }

    public init(height: Float) {
        self.height = height
        let h = height
        var offsets = [Vec3](repeating: .zero, count: Bone.allCases.count)
        var parents = [Int](repeating: 0, count: Bone.allCases.count)
        func set(_ b: Bone, _ parent: Bone?, _ o: Vec3) {
            offsets[b.rawValue] = o
            parents[b.rawValue] = parent?.rawValue ?? -1
        }
        set(.pelvis, nil, Vec3(0, h * 0.52, 0))
        set(.spine, .pelvis, Vec3(0, h * 0.03, 0))
        set(.head, .spine, Vec3(0, h * 0.30, 0))
        set(.jaw, .head, Vec3(0, h * 0.045, h * 0.055))
        set(.upperArmL, .spine, Vec3(-h * 0.105, h * 0.27, 0))
        set(.lowerArmL, .upperArmL, Vec3(0, -h * 0.17, 0))
        set(.upperArmR, .spine, Vec3(h * 0.105, h * 0.27, 0))
        set(.lowerArmR, .upperArmR, Vec3(0, -h * 0.17, 0))
        set(.thighL, .pelvis, Vec3(-h * 0.055, 0, 0))
        set(.shinL, .thighL, Vec3(0, -h * 0.245, 0))
        set(.footL, .shinL, Vec3(0, -h * 0.245, 0))
        set(.thighR, .pelvis, Vec3(h * 0.055, 0, 0))
        set(.shinR, .thighR, Vec3(0, -h * 0.245, 0))
        set(.footR, .shinR, Vec3(0, -h * 0.245, 0))
        self.offsets = offsets
        self.parents = parents
    }
}
