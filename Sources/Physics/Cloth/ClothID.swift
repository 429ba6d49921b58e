/// A handle to a cloth in a ``World``; a dense index in order of `add`, like ``BodyID``.
public struct ClothID: Hashable, Sendable, Codable {
    /// Position in the world's cloth list.
    public let index: Int32

    init(_ index: Int) { self.index = Int32(index) }
}
