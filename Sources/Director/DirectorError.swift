/// A render that cannot be done, with a one-line reason for the user.
public struct DirectorError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
