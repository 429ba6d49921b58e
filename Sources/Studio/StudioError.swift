/// A failure of the studio's own machinery (configuration, database, storage), said in one line.
public struct StudioError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
