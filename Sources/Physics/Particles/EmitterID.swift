/// A handle to a particle emitter in a ``World``; a dense index in order of `add`.
public struct EmitterID: Hashable, Sendable, Codable {
    /// Position in the world's emitter list.
    public let index: Int32

    init(_ index: Int) { self.index = Int32(index) }
}
