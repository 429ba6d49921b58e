/// What a video's content credentials say about it.
public struct CredentialsContent: Sendable, Equatable {
    /// The IPTC digital source type of the content (C2PA `digitalSourceType`).
    public enum SourceType: String, Sendable, Codable {
        /// Kinora's own engine: a simulation and rasterizer run by formulas, with no model
        /// trained on sampled data. IPTC: "media created purely by an algorithm not based on
        /// any sampled training data".
        case algorithmicMedia
        /// A neural generator, e.g. a forwarded backend: "created algorithmically using a model
        /// derived from sampled content".
        case trainedAlgorithmicMedia

        public var uri: String { "http://cv.iptc.org/newscodes/digitalsourcetype/\(rawValue)" }
    }

    public var title: String?
    /// The person or account the video was made for, e.g. `@ana`.
    public var creator: String?
    public var generatorName: String
    public var generatorVersion: String
    public var sourceType: SourceType
    /// The invisible watermark's payload (hex), so a stripped copy can be tied back to these credentials.
    public var watermark: String?
    /// Facts about how the video was made (seed, style, video id…), in a Kinora assertion.
    public var parameters: [String: String]

    public init(
        title: String? = nil, creator: String? = nil, generatorName: String = "Kinora", generatorVersion: String,
        sourceType: SourceType = .algorithmicMedia, watermark: String? = nil, parameters: [String: String] = [:]
    ) {
        self.title = title
        self.creator = creator
        self.generatorName = generatorName
        self.generatorVersion = generatorVersion
        self.sourceType = sourceType
        self.watermark = watermark
        self.parameters = parameters
    }
}
