/// Why a soundtrack could not be rendered or read, e.g. "seconds must be finite and in 0 < s ≤ 3600 (got -1.0)".
public struct SoundtrackError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
