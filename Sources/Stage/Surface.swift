public import Geometry

/// How a surface looks: metallic–roughness parameters in linear light plus a procedural
/// pattern that the rasterizer evaluates in world or object space.
public struct Surface: Sendable, Hashable {
    /// Base colour, linear RGB 0…1.
    public var albedo: Vec3
    /// 0 mirror-smooth … 1 fully rough.
    public var roughness: Float
    /// 0 dielectric … 1 metal.
    public var metallic: Float
    /// Light the surface gives off itself, linear RGB (can exceed 1).
    public var emissive: Vec3
    public var pattern: Pattern

    public init(albedo: Vec3, roughness: Float = 0.6, metallic: Float = 0, emissive: Vec3 = Vec3(repeating: 0), pattern: Pattern = .plain) {
        self.albedo = albedo
        self.roughness = roughness
        self.metallic = metallic
        self.emissive = emissive
        self.pattern = pattern
    }

    /// Procedural detail, so large surfaces do not look like flat plastic.
    public enum Pattern: Sendable, Hashable {
        case plain
        /// Fine grain and gentle ripples.
        case sand
        /// Blade-scale colour noise with darker patches.
        case grass
        case asphalt
        /// Large flagstones with darker joints.
        case stone
        case snow
        /// Wooden planks along the object's x axis, joints every `plankWidth` metres.
        case planks(plankWidth: Float)
        /// Two-tone bands around the object's y axis (a beach ball's segments).
        case segments(count: Int, second: Vec3)
    }
}
