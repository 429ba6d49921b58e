import Crypto
import Foundation
import Screenwriter
import Storyboard

/// A create request, from multipart form fields or a JSON body, checked field by field.
struct CreateVideoRequest {
    var prompt: String?
    var model = "sora-2"
    var seconds = "4"
    var size = "720x1280"
    var seed: UInt64?
    var style: Style?
    var storyboard: Storyboard?
    var metadata: [String: String]?
    var inputReference: ReferenceImage?
    /// An http(s) `image_url`, fetched by the controller after the other checks.
    var remoteImage: URL?

    static let maxPromptLength = 32000

    /// Text fields as they arrive in either encoding; `fileParts` for multipart uploads.
    init(fields: [String: FieldValue], file: ReferenceImage?, allowPrivateURLs: Bool = false) throws {
        let known: Set<String> = ["prompt", "model", "seconds", "size", "seed", "style", "storyboard", "metadata", "input_reference", "input_reference[image_url]", "input_reference[file_id]"]
        if let unknown = fields.keys.first(where: { !known.contains($0) }) {
            throw APIError.invalid("Unknown parameter: '\(unknown)'.", param: unknown, code: "unknown_parameter")
        }
        if let v = fields["prompt"] { prompt = try v.string("prompt") }
        if let v = fields["model"] { model = try v.string("model") }
        if let v = fields["seconds"] { seconds = try v.integerText("seconds") }
        if let v = fields["size"] { size = try v.string("size") }
        if let v = fields["seed"] {
            guard let n = UInt64(try v.integerText("seed")) else { throw APIError.invalid("'seed' must be a whole number from 0 to 18446744073709551615.", param: "seed") }
            seed = n
        }
        if let v = fields["style"] {
            let name = try v.string("style")
            guard let s = Style(rawValue: name) else {
                throw APIError.invalid("Invalid 'style': '\(name)'. Allowed: \(Style.allCases.map(\.rawValue).joined(separator: ", ")).", param: "style")
            }
            style = s
        }
        if let v = fields["storyboard"] {
            do { storyboard = try Storyboard.decode(try v.json("storyboard")) } catch let e as APIError { throw e } catch {
                throw APIError.invalid("Invalid 'storyboard': \(error)", param: "storyboard")
            }
        }
        if let v = fields["metadata"] { metadata = try v.stringMap("metadata") }
        if let file { inputReference = file }
        if let v = fields["input_reference[image_url]"] ?? fields["input_reference"]?.member("image_url") {
            let text = try v.string("input_reference[image_url]")
            if let url = try RemoteImage.parse(text, allowPrivate: allowPrivateURLs) {
                remoteImage = url
            } else {
                inputReference = try ReferenceImage(dataURL: text)
            }
        }
        if fields["input_reference[file_id]"] != nil || fields["input_reference"]?.member("file_id") != nil {
            throw APIError.invalid("input_reference.file_id is not supported: upload the image as a file or give it as a data URL.", param: "input_reference")
        }
        if case .text? = fields["input_reference"] {
            throw APIError.invalid("'input_reference' must be an image file or an object with 'image_url'.", param: "input_reference")
        }
        try check()
    }

    private func check() throws {
        if storyboard == nil {
            guard let prompt, !prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw APIError.invalid("Missing required parameter: 'prompt'.", param: "prompt", code: "missing_required_parameter")
            }
        }
        if let prompt, prompt.count > Self.maxPromptLength {
            throw APIError.invalid("'prompt' is \(prompt.count) characters; the maximum is \(Self.maxPromptLength).", param: "prompt", code: "string_above_max_length")
        }
        guard VideoModels.all.contains(model) else {
            throw APIError.invalid("Invalid 'model': '\(model)'. Allowed: \(VideoModels.all.joined(separator: ", ")).", param: "model")
        }
        guard let n = Int(seconds), VideoModels.allowsSeconds(n, model: model) else {
            let allowed = VideoModels.kinora.contains(model) ? "a whole number from 1 to 60" : "'4', '8', '12', '16' or '20'"
            throw APIError.invalid("Invalid 'seconds': '\(seconds)'. Allowed for \(model): \(allowed).", param: "seconds")
        }
        guard let parsed = VideoSize(size), VideoModels.allowsSize(parsed, model: model) else {
            throw APIError.invalid("Invalid 'size': '\(size)'. Allowed for \(model): 720x1280, 1280x720, 1024x1792, 1792x1024\(model.hasPrefix("sora-2-pro") ? ", 1080x1920, 1920x1080" : "")\(VideoModels.kinora.contains(model) ? " or any even WxH up to 3840" : "").", param: "size")
        }
        if let metadata, metadata.count > 16 || metadata.contains(where: { $0.key.count > 64 || $0.value.count > 512 }) {
            throw APIError.invalid("'metadata' holds at most 16 pairs, keys up to 64 and values up to 512 characters.", param: "metadata")
        }
    }

    /// What the request asks for, whatever its encoding (multipart boundaries differ on every
    /// retry): an idempotency key may only be reused for the same request.
    var fingerprint: String {
        var facts = [prompt ?? "", model, seconds, size, seed.map(String.init) ?? "", style?.rawValue ?? ""]
        facts.append(storyboard.map { String(decoding: $0.encoded(), as: UTF8.self) } ?? "")
        facts.append((metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&"))
        facts.append(remoteImage?.absoluteString ?? "")
        facts.append(inputReference.map { SHA256.hash(data: $0.data).map { String(format: "%02x", $0) }.joined() } ?? "")
        return SHA256.hash(data: Data(facts.joined(separator: "\u{1F}").utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The storyboard to render: the one given, or one written from the prompt.
    func makeStoryboard() -> Storyboard {
        let seconds = Double(Int(self.seconds) ?? 4)
        var board: Storyboard
        if let storyboard {
            board = storyboard.seconds == seconds ? storyboard : storyboard.retimed(to: seconds)
        } else {
            board = Screenwriter().write(prompt ?? "", seconds: seconds, seed: seed ?? UInt64.random(in: 1...UInt64(UInt32.max))).0
        }
        if let seed { board.seed = seed }
        if let style { board.style = style }
        return board
    }
}

/// A field's value: a text part of a form, or a JSON value.
enum FieldValue {
    case text(String)
    case json(JSONField)

    func string(_ param: String) throws -> String {
        switch self {
        case .text(let s): return s
        case .json(.string(let s)): return s
        case .json: throw APIError.invalid("Invalid type for '\(param)': expected a string.", param: param, code: "invalid_type")
        }
    }

    /// A whole number, sent as a string (OpenAI's `seconds`) or, in JSON, as a number.
    func integerText(_ param: String) throws -> String {
        if case .json(.number(let n)) = self, n == n.rounded(), abs(n) < 1e18 { return String(Int64(n)) }
        return try string(param)
    }

    func json(_ param: String) throws -> Data {
        switch self {
        case .text(let s): return Data(s.utf8)
        case .json(let v):
            guard case .object = v else { throw APIError.invalid("Invalid type for '\(param)': expected an object.", param: param, code: "invalid_type") }
            return try JSONEncoder().encode(v)
        }
    }

    func stringMap(_ param: String) throws -> [String: String] {
        guard let map = try? JSONDecoder().decode([String: String].self, from: try json(param)) else {
            throw APIError.invalid("Invalid type for '\(param)': expected an object of strings.", param: param, code: "invalid_type")
        }
        return map
    }

    func member(_ key: String) -> FieldValue? {
        guard case .json(.object(let object)) = self, let member = object[key] else { return nil }
        return .json(member)
    }
}

/// Any JSON value, keeping booleans apart from numbers (which `JSONSerialization` does not).
enum JSONField: Codable {
    case null, bool(Bool), number(Double), string(String), array([JSONField]), object([String: JSONField])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONField].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONField].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }
}
