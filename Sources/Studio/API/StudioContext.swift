public import Hummingbird

/// Per-request state: who is calling, once the key was checked.
public struct StudioContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: APIKeys.Identity?

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// The caller's organization; only routes behind the key check use it.
    func organization() throws -> String {
        guard let identity else { throw APIError(.unauthorized, "Missing API key.", code: "invalid_api_key") }
        return identity.organizationID
    }
}
