/// A body of still water: the half-space below a horizontal surface. Bodies in it feel
/// buoyancy (Archimedes: the weight of the displaced water, acting at the centroid of the
/// submerged part) and drag; a ``World`` has at most one.
public struct Water: Sendable, Hashable {
    /// Height of the surface, metres; everything below it is water.
    public var surfaceHeight: Float
    /// Density of the fluid, kg/m³ (fresh water 1000, sea water 1025).
    public var density: Float
    /// Linear drag rate, 1/s: a force −ρ V k v on a body with V m³ submerged, standing for
    /// viscous and wave-making losses that damp a floating body's bobbing.
    public var linearDrag: Float
    /// Quadratic (pressure) drag coefficient C_d: a force −½ ρ C_d A |v| v, A the submerged
    /// cross-section facing the motion (a sphere ≈ 0.47, a flat plate face-on ≈ 1.2).
    public var dragCoefficient: Float
    /// Angular damping rate while submerged, 1/s, scaled by the submerged fraction.
    public var angularDrag: Float

    public init(surfaceHeight: Float, density: Float = 1000, linearDrag: Float = 1, dragCoefficient: Float = 0.5, angularDrag: Float = 2) {
        self.surfaceHeight = surfaceHeight
        self.density = density
        self.linearDrag = linearDrag
        self.dragCoefficient = dragCoefficient
        self.angularDrag = angularDrag
    }
}
