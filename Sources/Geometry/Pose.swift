/// Where a rigid thing is: position in metres and orientation, world frame.
public struct Pose: Sendable, Hashable, Codable {
    public var position: Vec3
    public var orientation: Quat

    public static let identity = Pose(position: Vec3(repeating: 0), orientation: .identity)

    public init(position: Vec3, orientation: Quat = .identity) {
        self.position = position
        self.orientation = orientation
    }

    /// Maps a point from this pose's local frame to the world.
    @inlinable public func worldFromLocal(_ p: Vec3) -> Vec3 { position + orientation.act(p) }

    /// This pose followed by `child`, expressed in this pose's frame.
    @inlinable public func compose(_ child: Pose) -> Pose {
        Pose(position: worldFromLocal(child.position), orientation: (orientation * child.orientation).normalized)
    }
}
