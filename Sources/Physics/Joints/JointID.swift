/// A handle to a joint in a ``World``; a dense index in order of `add`, like ``BodyID``.
public struct JointID: Hashable, Sendable, Codable {
    /// Position in the world's joint list.
    public let index: Int32

    init(_ index: Int) { self.index = Int32(index) }
}
