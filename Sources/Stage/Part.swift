public import Geometry

/// A piece of an actor's body or a prop: a mesh with a surface, fixed to one bone.
public struct Part: Sendable {
    public var name: String
    public var mesh: Mesh
    public var surface: Surface
    /// Index into the actor's bones; 0 is the root.
    public var bone: Int
    /// Where the mesh sits in its bone's frame.
    public var offset: Pose
    /// Non-uniform scale applied in the part's own frame (e.g. a mouth opening).
    public var scale: Vec3

    public init(name: String, mesh: Mesh, surface: Surface, bone: Int = 0, offset: Pose = .identity, scale: Vec3 = Vec3(1, 1, 1)) {
        self.name = name
        self.mesh = mesh
        self.surface = surface
        self.bone = bone
        self.offset = offset
        self.scale = scale
    }
}
