/// A handle to a body in a ``World``.
///
/// A plain index: a world is add-only (bodies are never removed, which keeps the
/// structure-of-arrays storage dense and the order of bodies, hence the solver order,
/// deterministic), so an index can never dangle. If removal is added later, this gains a
/// generation counter checked on every access, Box2D style, without changing call sites.
public struct BodyID: Hashable, Sendable, Codable {
    /// Position in the world's storage, in order of `add`.
    public let index: Int32

    init(_ index: Int) { self.index = Int32(index) }
}
