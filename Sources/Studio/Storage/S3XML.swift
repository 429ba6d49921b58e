import Foundation

/// The few values the studio reads from S3's XML answers: `<Key>` and `<NextContinuationToken>`
/// of a listing, `<Code>` and `<Message>` of an error.
///
/// S3's answers are flat, machine-written XML whose text holds no markup but entities, so
/// finding a tag's text is enough; a general XML parser (FoundationXML) would add libxml2 to
/// every deployment for this.
enum S3XML {
    /// The text of every `<tag>…</tag>`, entities decoded, in document order.
    static func values(of tag: String, in xml: String) -> [String] {
        var values: [String] = []
        var rest = xml[...]
        while let open = rest.range(of: "<\(tag)>"), let close = rest[open.upperBound...].range(of: "</\(tag)>") {
            values.append(decodeEntities(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return values
    }

    static func value(of tag: String, in xml: String) -> String? { values(of: tag, in: xml).first }

    /// XML's five named entities and numeric character references.
    private static func decodeEntities(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&"), let semi = rest[amp...].firstIndex(of: ";") {
            out += rest[..<amp]
            let name = rest[rest.index(after: amp)..<semi]
            switch name {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let number = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
                if let scalar = number.flatMap(Unicode.Scalar.init) { out.unicodeScalars.append(scalar) } else { out += rest[amp...semi] }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
