public import Storyboard

extension Material {
    /// Physical properties of the material; see ``MaterialProperties`` for how a pair combines.
    ///
    /// Sources: handbook densities and friction coefficients (dry contacts); restitution from
    /// drop tests (a tennis or rubber ball on concrete bounces to ~0.65–0.7 of its height,
    /// e ≈ 0.82); rolling resistance from tyre and ball tables (concrete ≈ 0.01, turf ≈ 0.05–0.1,
    /// loose sand ≈ 0.2–0.3).
    public var physical: MaterialProperties {
        switch self {
        // density kg/m³, restitution, static, dynamic friction, rolling resistance
        case .rubber: return .init(density: 400, restitution: 0.8, staticFriction: 1.0, dynamicFriction: 0.8, rollingResistance: 0.01)  // hollow ball
        case .wood: return .init(density: 600, restitution: 0.4, staticFriction: 0.5, dynamicFriction: 0.4, rollingResistance: 0.003)
        case .metal: return .init(density: 7850, restitution: 0.6, staticFriction: 0.6, dynamicFriction: 0.4, rollingResistance: 0.001)
        case .glass: return .init(density: 2500, restitution: 0.7, staticFriction: 0.9, dynamicFriction: 0.4, rollingResistance: 0.001)
        case .plastic: return .init(density: 950, restitution: 0.6, staticFriction: 0.4, dynamicFriction: 0.3, rollingResistance: 0.004)
        case .stone: return .init(density: 2600, restitution: 0.5, staticFriction: 0.7, dynamicFriction: 0.55, rollingResistance: 0.003)
        case .cardboard: return .init(density: 150, restitution: 0.2, staticFriction: 0.5, dynamicFriction: 0.4, rollingResistance: 0.01)  // empty carton
        case .cloth: return .init(density: 400, restitution: 0.05, staticFriction: 0.6, dynamicFriction: 0.5, rollingResistance: 0.05)
        case .flesh: return .init(density: 1000, restitution: 0.15, staticFriction: 0.9, dynamicFriction: 0.7, rollingResistance: 0.05)
        case .sand: return .init(density: 1600, restitution: 0.45, staticFriction: 0.6, dynamicFriction: 0.5, rollingResistance: 0.25)
        case .grass: return .init(density: 400, restitution: 0.55, staticFriction: 0.5, dynamicFriction: 0.4, rollingResistance: 0.08)
        case .asphalt: return .init(density: 2300, restitution: 0.85, staticFriction: 0.8, dynamicFriction: 0.7, rollingResistance: 0.012)
        case .concrete: return .init(density: 2400, restitution: 0.85, staticFriction: 0.75, dynamicFriction: 0.6, rollingResistance: 0.01)
        case .snow: return .init(density: 300, restitution: 0.15, staticFriction: 0.15, dynamicFriction: 0.08, rollingResistance: 0.1)
        case .dirt: return .init(density: 1300, restitution: 0.4, staticFriction: 0.6, dynamicFriction: 0.5, rollingResistance: 0.06)
        case .tile: return .init(density: 2300, restitution: 0.85, staticFriction: 0.5, dynamicFriction: 0.4, rollingResistance: 0.005)
        case .water: return .init(density: 1000, restitution: 0, staticFriction: 0.05, dynamicFriction: 0.02, rollingResistance: 0.5)
        }
    }
}
