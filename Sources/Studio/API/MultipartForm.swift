import Foundation
import Hummingbird
import MultipartKit

/// The parts of a `multipart/form-data` body: text fields by name, and at most one file.
struct MultipartForm {
    var fields: [String: String] = [:]
    var file: (name: String, data: Data, contentType: String?)?

    init(body: ByteBuffer, contentType: String) throws {
        guard let boundary = Self.boundary(contentType) else {
            throw APIError.invalid("The multipart body has no boundary in its Content-Type.", param: nil, code: "invalid_multipart")
        }
        var parts: [(headers: [String: String], body: [UInt8])] = []
        var headers: [String: String] = [:]
        var bytes: [UInt8] = []
        var open = false
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value; open = true }
        parser.onBody = { buffer in bytes += buffer.readBytes(length: buffer.readableBytes) ?? []; open = true }
        parser.onPartComplete = {
            parts.append((headers, bytes))
            headers = [:]
            bytes = []
            open = false
        }
        do { try parser.execute(body) } catch {
            throw APIError.invalid("The multipart body is malformed: \(error).", param: nil, code: "invalid_multipart")
        }
        guard !open, !parts.isEmpty else {
            throw APIError.invalid("The multipart body is malformed: it ends inside a part or holds none.", param: nil, code: "invalid_multipart")
        }
        for part in parts {
            guard let disposition = part.headers["content-disposition"], let name = Self.attribute("name", in: disposition) else {
                throw APIError.invalid("A multipart part has no name.", param: nil, code: "invalid_multipart")
            }
            if Self.attribute("filename", in: disposition) != nil {
                guard file == nil else { throw APIError.invalid("Only one file may be uploaded.", param: name) }
                file = (name, Data(part.body), part.headers["content-type"])
            } else {
                guard let text = String(validating: part.body, as: UTF8.self) else {
                    throw APIError.invalid("Field '\(name)' is not UTF-8 text.", param: name, code: "invalid_type")
                }
                fields[name] = text
            }
        }
    }

    static func boundary(_ contentType: String) -> String? {
        attribute("boundary", in: contentType)
    }

    /// `key=value` or `key="value"` inside a header value.
    static func attribute(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let pair = piece.trimmingCharacters(in: .whitespaces)
            guard pair.lowercased().hasPrefix(key + "=") else { continue }
            var value = String(pair.dropFirst(key.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
