/// What `ContentCredentials.verify` found, in C2PA's own vocabulary.
public struct CredentialsReport: Sendable, Codable, Equatable {
    /// C2PA validation states, plus `absent` when a file carries no manifest.
    public enum State: String, Sendable, Codable {
        case trusted = "Trusted", valid = "Valid", invalid = "Invalid", absent
    }

    /// What the active manifest says, for people.
    public struct Summary: Sendable, Codable, Equatable {
        public var title: String?
        public var creator: String?
        public var generator: String?
        public var action: String?
        public var digitalSourceType: String?
        public var signer: String?
        public var signedUntil: String?
        public var watermark: String?
        public var parameters: [String: String]?
    }

    public var state: State
    /// Every status code, successes and failures, as the C2PA specification names them.
    public var codes: [String]
    /// The codes that make the state worse than `Trusted`.
    public var failures: [String]
    public var manifest: Summary?
    /// Why the store could not be read, when it could not.
    public var problem: String?

    static let absent = CredentialsReport(state: .absent, codes: [], failures: [], manifest: nil, problem: nil)
}
