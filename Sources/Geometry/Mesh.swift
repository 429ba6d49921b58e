/// An indexed triangle mesh in its object's frame: counter-clockwise front faces,
/// one normal per vertex.
public struct Mesh: Sendable {
    public var positions: [Vec3]
    public var normals: [Vec3]
    /// Three indices per triangle.
    public var indices: [UInt32]

    public init(positions: [Vec3] = [], normals: [Vec3] = [], indices: [UInt32] = []) {
        self.positions = positions
        self.normals = normals
        self.indices = indices
    }

    public var triangleCount: Int { indices.count / 3 }

    /// Appends `other`, moved by `transform` (normals rotated, re-normalized).
    public mutating func append(_ other: Mesh, transform: Mat4 = .identity) {
        let base = UInt32(positions.count)
        positions.append(contentsOf: other.positions.map { transform.transformPoint($0) })
        normals.append(contentsOf: other.normals.map { normalize(transform.transformDirection($0)) })
        indices.append(contentsOf: other.indices.map { $0 + base })
    }
}
