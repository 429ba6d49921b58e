public import Geometry
public import Storyboard

/// A cast member as built by the Stage: its looks, its collision shape and where it starts.
public struct Actor: Sendable, Identifiable {
    public var id: String
    public var kind: CastMember.Kind
    public var label: String
    public var material: Material
    public var parts: [Part]
    /// Collision shape in the actor's root frame.
    public var shape: Shape
    /// Pose of the root when the video starts (before actions move it).
    public var startPose: Pose
    /// Present for characters: the skeleton the parts hang on.
    public var rig: HumanoidRig?

    public init(id: String, kind: CastMember.Kind, label: String, material: Material, parts: [Part], shape: Shape, startPose: Pose, rig: HumanoidRig? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.material = material
        self.parts = parts
        self.shape = shape
        self.startPose = startPose
        self.rig = rig
    }

    /// Height of the root above the ground when the actor stands or rests on it, metres.
    public var restHeight: Float {
        switch shape {
        case .sphere(let r): return r
        case .box(let h): return h.y
        case .capsule(let r, let hh): return r + hh
        }
    }
}
