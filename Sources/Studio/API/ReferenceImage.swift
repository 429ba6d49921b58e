import Foundation
import HTTPTypes

/// An `input_reference` image, checked by its bytes (not by what the client claims it is).
struct ReferenceImage {
    var data: Data
    var contentType: String

    static let maxBytes = 10 << 20

    /// From an uploaded file part.
    init(data: Data, declaredType: String?) throws {
        guard let type = Self.sniff(data) else {
            throw APIError.invalid("'input_reference' is not a JPEG, PNG or WebP image\(declaredType.map { " (it was sent as \($0))" } ?? "").", param: "input_reference", code: "invalid_image")
        }
        guard data.count <= Self.maxBytes else {
            throw APIError(.contentTooLarge, "'input_reference' is \(data.count) bytes; the maximum is \(Self.maxBytes).", param: "input_reference", code: "file_too_large")
        }
        self.data = data
        contentType = type
    }

    /// From `image_url` as a base64 data URL.
    init(dataURL imageURL: String) throws {
        guard imageURL.hasPrefix("data:"), let comma = imageURL.firstIndex(of: ","), imageURL[..<comma].hasSuffix(";base64") else {
            throw APIError.invalid("'input_reference.image_url' must be an http(s) URL or a base64 data URL (data:image/png;base64,…).", param: "input_reference[image_url]")
        }
        guard let data = Data(base64Encoded: String(imageURL[imageURL.index(after: comma)...])) else {
            throw APIError.invalid("'input_reference.image_url' holds invalid base64.", param: "input_reference[image_url]")
        }
        try self.init(data: data, declaredType: String(imageURL[imageURL.index(imageURL.startIndex, offsetBy: 5)..<comma]))
    }

    static func sniff(_ d: Data) -> String? {
        let b = [UInt8](d.prefix(12))
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if b.count == 12, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) { return "image/webp" }
        return nil
    }
}
