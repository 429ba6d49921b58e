public import Geometry
public import Stage

/// One mesh to draw this frame: where it is and what it looks like.
public struct DrawItem: Sendable {
    public var mesh: Mesh
    /// Object to world; may include a non-uniform scale.
    public var worldFromObject: Mat4
    public var surface: Surface
    /// Whether it casts a shadow (far set dressing outside the shadow map need not).
    public var castsShadow: Bool

    public init(mesh: Mesh, worldFromObject: Mat4, surface: Surface, castsShadow: Bool = true) {
        self.mesh = mesh
        self.worldFromObject = worldFromObject
        self.surface = surface
        self.castsShadow = castsShadow
    }
}
