/// Why a line could not be spoken, e.g. `no espeak-ng voice for language "xx"`.
public struct SpeechError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
