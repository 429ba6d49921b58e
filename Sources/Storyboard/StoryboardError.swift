/// A storyboard that cannot be rendered, with the field at fault.
public struct StoryboardError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Path of the field, e.g. `cast[1].kind`; empty for the whole document.
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { field.isEmpty ? message : "\(field): \(message)" }

    init(decoding error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
            }
            return out
        }
        switch error {
        case .dataCorrupted(let ctx):
            self.init(field: path(ctx.codingPath), message: ctx.debugDescription)
        case .keyNotFound(let key, let ctx):
            self.init(field: path(ctx.codingPath + [key]), message: "missing required field")
        case .typeMismatch(let type, let ctx):
            self.init(field: path(ctx.codingPath), message: "expected \(Self.name(of: type))")
        case .valueNotFound(let type, let ctx):
            self.init(field: path(ctx.codingPath), message: "expected \(Self.name(of: type)), found null")
        @unknown default:
            self.init(field: "", message: "\(error)")
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Double.Type, is Float.Type: return "a number"
        case is Int.Type, is UInt64.Type: return "an integer"
        case is Bool.Type: return "true or false"
        default: return "\(type)".lowercased().hasPrefix("array") ? "an array" : "an object"
        }
    }
}
