/// A closed vocabulary value of the storyboard, stored as its raw string. Decoding an
/// unknown value fails with a message that lists what is allowed, so a hand-edited
/// storyboard gets a clear error instead of a silent default.
public protocol StoryboardEnum: RawRepresentable, CaseIterable, Codable, Sendable, Hashable where RawValue == String {}

extension StoryboardEnum {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "unknown value \"\(raw)\"; allowed: \(Self.allowedValues)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The allowed raw values, comma separated, for error messages and help text.
    public static var allowedValues: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
