public import Geometry

/// The infinite ground plane y = 0 of a set, with an optional body of water beyond a shoreline.
public struct Ground: Sendable, Hashable {
    public var surface: Surface
    /// Water covers the ground where z < `shorelineZ` (a beach's sea), if set.
    public var shorelineZ: Float?
    public var waterColor: Vec3

    public init(surface: Surface, shorelineZ: Float? = nil, waterColor: Vec3 = Vec3(0.02, 0.12, 0.16)) {
        self.surface = surface
        self.shorelineZ = shorelineZ
        self.waterColor = waterColor
    }
}
