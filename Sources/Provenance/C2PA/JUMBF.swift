/// A JUMBF superbox (ISO/IEC 19566-5), the container C2PA stores manifests in:
/// `jumb` = a `jumd` description (type UUID, label) followed by content boxes or superboxes.
struct JUMBFBox: Sendable {
    enum Content: Sendable {
        case superbox(JUMBFBox)
        /// A plain content box such as `cbor` or `json`.
        case box(type: String, payload: [UInt8])
    }

    var type: [UInt8]
    var label: String
    var contents: [Content]

    /// The C2PA type UUIDs: a four-character code followed by the ISO suffix.
    static func typeUUID(_ fourCC: String) -> [UInt8] {
        Array(fourCC.utf8) + [0x00, 0x11, 0x00, 0x10, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71]
    }

    /// The whole `jumb` box.
    func encoded() -> [UInt8] { Self.box("jumb", payload()) }

    /// The `jumd` box and the content, without the `jumb` header: what a hashed URI hashes.
    func payload() -> [UInt8] {
        var description = type
        description.append(0x03)  // requestable, label present
        description += Array(label.utf8) + [0]
        var out = Self.box("jumd", description)
        for content in contents {
            switch content {
            case .superbox(let child): out += child.encoded()
            case .box(let type, let payload): out += Self.box(type, payload)
            }
        }
        return out
    }

    static func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        CBOR.bigEndian(UInt64(8 + payload.count), 4) + Array(type.utf8) + payload
    }

    /// The child superbox with `label`, if any.
    func child(_ label: String) -> JUMBFBox? {
        for case .superbox(let box) in contents where box.label == label { return box }
        return nil
    }

    /// The payload of the first plain content box.
    var firstPayload: [UInt8]? {
        for case .box(_, let payload) in contents { return payload }
        return nil
    }

    var superboxes: [JUMBFBox] { contents.compactMap { if case .superbox(let b) = $0 { b } else { nil } } }

    /// Reads one `jumb` superbox that spans all of `bytes`.
    static func decode(_ bytes: ArraySlice<UInt8>, depth: Int = 0) throws(ProvenanceError) -> JUMBFBox {
        guard depth < 16 else { throw ProvenanceError("JUMBF nested too deeply") }
        let boxes = try children(bytes)
        guard boxes.count == 1, boxes[0].type == "jumb" else { throw ProvenanceError("JUMBF: expected one 'jumb' superbox") }
        return try superbox(boxes[0].payload, depth: depth)
    }

    private static func superbox(_ payload: ArraySlice<UInt8>, depth: Int) throws(ProvenanceError) -> JUMBFBox {
        let parts = try children(payload)
        guard let first = parts.first, first.type == "jumd", first.payload.count >= 17 else {
            throw ProvenanceError("JUMBF: a superbox does not start with its 'jumd' description")
        }
        let d = first.payload
        let type = Array(d.prefix(16))
        let toggles = d[d.startIndex + 16]
        var label = ""
        if toggles & 0x02 != 0 {
            let text = d.dropFirst(17)
            guard let end = text.firstIndex(of: 0) else { throw ProvenanceError("JUMBF: unterminated label") }
            label = String(decoding: text[..<end], as: UTF8.self)
        }
        var contents: [Content] = []
        for part in parts.dropFirst() {
            if part.type == "jumb" {
                contents.append(.superbox(try superbox(part.payload, depth: depth + 1)))
            } else {
                contents.append(.box(type: part.type, payload: Array(part.payload)))
            }
        }
        return JUMBFBox(type: type, label: label, contents: contents)
    }

    /// The boxes laid end to end in `bytes` (32-bit sizes; C2PA stores never need more).
    private static func children(_ bytes: ArraySlice<UInt8>) throws(ProvenanceError) -> [(type: String, payload: ArraySlice<UInt8>)] {
        var result: [(String, ArraySlice<UInt8>)] = []
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            guard bytes.endIndex - offset >= 8 else { throw ProvenanceError("JUMBF: truncated box header") }
            let size = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            guard size >= 8, size <= bytes.endIndex - offset else { throw ProvenanceError("JUMBF: a box claims \(size) bytes, \(bytes.endIndex - offset) remain") }
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            result.append((type, bytes[offset + 8..<offset + size]))
            offset += size
        }
        return result
    }
}
