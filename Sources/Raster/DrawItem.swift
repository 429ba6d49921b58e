public import Geometry
public import Stage

/// One mesh to draw this frame: where it is and what it looks like.
public struct DrawItem: Sendable {
    public var mesh: Mesh
    /// Object to world; may include a non-uniform scale.
    public var worldFromObject: Mat4
    public var surface: Surface
    public init(mesh: Mesh, worldFromObject: Mat4, surface: Surface) {
        self.mesh = mesh
        self.worldFromObject = worldFromObject
        self.surface = surface
    }
}
