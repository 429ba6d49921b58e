/// How a material behaves in contact: mass per volume, bounce, grip and rolling loss.
///
/// Values are "against itself"; a touching pair combines them with
/// ``MaterialProperties/combine(_:_:)``:
/// - restitution: geometric mean, √(e₁e₂). A surface that soaks up bounce (sand, snow,
///   water) therefore lowers every pair it is in, and water (0) kills bounce entirely:
///   rubber (0.8) on sand (0.45) gives 0.6, on concrete (0.85) 0.82.
/// - friction (static and dynamic): geometric mean, as Box2D mixes friction.
/// - rolling resistance: sum, because both bodies deform and both lose energy.
public struct MaterialProperties: Sendable, Hashable, Codable {
    /// Bulk density of a typical prop made of the material, kg/m³. Hollow props (balls,
    /// cartons) use the prop's average; pass `BodyDef.mass` to override.
    public var density: Float
    /// Coefficient of restitution against the same material, 0…1 (ratio of separation to
    /// approach speed).
    public var restitution: Float
    /// Coulomb coefficient below which a contact sticks.
    public var staticFriction: Float
    /// Coulomb coefficient while sliding.
    public var dynamicFriction: Float
    /// Rolling resistance coefficient C_rr (dimensionless): a resisting torque
    /// C_rr · N · r acts on rolling spheres and capsules, so a solid ball rolling
    /// without slipping decelerates at about (5/7) · C_rr · g.
    public var rollingResistance: Float

    public init(density: Float, restitution: Float, staticFriction: Float, dynamicFriction: Float, rollingResistance: Float) {
        self.density = density
        self.restitution = restitution
        self.staticFriction = staticFriction
        self.dynamicFriction = dynamicFriction
        self.rollingResistance = rollingResistance
    }

    /// The coefficients of a contact between `a` and `b` (symmetric).
    public static func combine(_ a: MaterialProperties, _ b: MaterialProperties) -> ContactProperties {
        ContactProperties(
            restitution: (a.restitution * b.restitution).squareRoot(),
            staticFriction: (a.staticFriction * b.staticFriction).squareRoot(),
            dynamicFriction: (a.dynamicFriction * b.dynamicFriction).squareRoot(),
            rollingResistance: a.rollingResistance + b.rollingResistance)
    }
}

/// The combined coefficients of one touching pair; see ``MaterialProperties/combine(_:_:)``.
public struct ContactProperties: Sendable, Hashable, Codable {
    public var restitution: Float
    public var staticFriction: Float
    public var dynamicFriction: Float
    public var rollingResistance: Float
}
