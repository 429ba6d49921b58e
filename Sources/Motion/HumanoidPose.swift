public import Geometry

/// Joint angles of a humanoid at one moment, radians. Positive hip and shoulder angles
/// swing the limb forwards (+z of the character); knees and elbows bend.
public struct HumanoidPose: Sendable, Hashable {
    public var root: Pose
    public var hip: (left: Float, right: Float) = (0, 0)
    public var knee: (left: Float, right: Float) = (0, 0)
    public var shoulder: (left: Float, right: Float) = (0, 0)
    public var elbow: (left: Float, right: Float) = (0, 0)
    public var spinePitch: Float = 0
    public var headPitch: Float = 0
    public var headYaw: Float = 0
    /// Mouth opening 0 closed … 1 wide, from the phonemes being spoken.
    public var mouthOpen: Float = 0

    public init(root: Pose) { self.root = root }

    public static func == (a: HumanoidPose, b: HumanoidPose) -> Bool {
        a.root == b.root && a.hip == b.hip && a.knee == b.knee && a.shoulder == b.shoulder && a.elbow == b.elbow
            && a.spinePitch == b.spinePitch && a.headPitch == b.headPitch && a.headYaw == b.headYaw && a.mouthOpen == b.mouthOpen
    }

    public func hash(into h: inout Hasher) { h.combine(root) }
}
