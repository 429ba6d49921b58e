/// What became of each content word of a prompt: realized as something on screen or in
/// the soundtrack, or dropped with a reason. Users read it to learn what Kinora understood.
public struct RealizationReport: Codable, Sendable, Hashable {
    public var words: [Entry]

    public init(words: [Entry] = []) { self.words = words }

    public struct Entry: Codable, Sendable, Hashable {
        public var word: String
        /// subject, count, attribute, action, place, time, weather, style, camera, sound, dialogue.
        public var role: String?
        public var status: Status
        /// What it became, e.g. `kit:ball`, `color:red`, `action:bounce`.
        public var `as`: String?
        /// How: `lexicon` or `wordnet`.
        public var via: String?
        /// For `wordnet`: the hypernym chain climbed, e.g. ["football", "ball"].
        public var chain: [String]?
        public var reason: String?

        public enum Status: String, Codable, Sendable { case realized, dropped }

        public static func realized(_ word: String, role: String, as what: String, via: String = "lexicon", chain: [String]? = nil) -> Entry {
            Entry(word: word, role: role, status: .realized, as: what, via: via, chain: chain, reason: nil)
        }

        public static func dropped(_ word: String, role: String? = nil, reason: String) -> Entry {
            Entry(word: word, role: role, status: .dropped, as: nil, via: nil, chain: nil, reason: reason)
        }
    }

    /// Readable text, one word a line, for `kinora storyboard`.
    public var text: String {
        words.map { e in
            switch e.status {
            case .realized:
                let how = e.chain.map { " via wordnet (" + $0.joined(separator: " → ") + ")" } ?? ""
                return "  ✓ \(e.word) → \(e.as ?? "?") [\(e.role ?? "")]\(how)"
            case .dropped:
                return "  ✗ \(e.word): dropped, \(e.reason ?? "not understood")"
            }
        }.joined(separator: "\n")
    }
}
