/// A collision shape in its body's local frame, sizes in metres.
public enum Shape: Sendable, Hashable, Codable {
    case sphere(radius: Float)
    case box(halfExtents: Vec3)
    /// Upright along local y; ends are capped by hemispheres.
    case capsule(radius: Float, halfHeight: Float)

    /// Volume in m³, for mass from density.
    public var volume: Float {
        switch self {
        case .sphere(let r): return 4 / 3 * .pi * r * r * r
        case .box(let h): return 8 * h.x * h.y * h.z
        case .capsule(let r, let hh): return .pi * r * r * (2 * hh) + 4 / 3 * .pi * r * r * r
        }
    }

    /// Principal moments of inertia divided by mass (kg·m² per kg), local frame.
    public var unitInertia: Vec3 {
        switch self {
        case .sphere(let r):
            return Vec3(repeating: 0.4 * r * r)
        case .box(let h):
            let s = 4 * h * h
            return Vec3(s.y + s.z, s.x + s.z, s.x + s.y) / 12
        case .capsule(let r, let hh):
            // Treated as a cylinder of the full height: close enough for props.
            let hgt = 2 * (hh + r)
            let side = (3 * r * r + hgt * hgt) / 12
            return Vec3(side, 0.5 * r * r, side)
        }
    }

    /// Distance from the body origin to the farthest point: a bounding sphere.
    public var boundingRadius: Float {
        switch self {
        case .sphere(let r): return r
        case .box(let h): return length(h)
        case .capsule(let r, let hh): return r + hh
        }
    }
}
