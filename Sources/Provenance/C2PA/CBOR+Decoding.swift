extension CBOR {
    /// Why bytes could not be read as CBOR.
    public struct DecodingError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Reads exactly one data item from `bytes`; trailing bytes are an error.
    /// Nesting is limited so hostile input cannot exhaust the stack.
    public static func decode(_ bytes: [UInt8]) throws(DecodingError) -> CBOR {
        var reader = Reader(bytes: bytes)
        let item = try reader.item(depth: 0)
        guard reader.offset == bytes.count else {
            throw DecodingError(description: "\(bytes.count - reader.offset) bytes after the CBOR item")
        }
        return item
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func item(depth: Int) throws(DecodingError) -> CBOR {
            guard depth < 64 else { throw DecodingError(description: "CBOR nested deeper than 64 levels") }
            let initial = try byte()
            let major = initial >> 5
            let info = initial & 0x1F
            if major == 7 {
                switch info {
                case 20: return .bool(false)
                case 21: return .bool(true)
                case 22, 23: return .null
                default: throw DecodingError(description: "unsupported CBOR simple value or float (0x\(String(initial, radix: 16)))")
                }
            }
            let n = try argument(info)
            switch major {
            case 0: return .unsigned(n)
            case 1: return .negative(n)
            case 2: return .bytes(try take(n))
            case 3:
                let raw = try take(n)
                guard let s = String(validating: raw, as: UTF8.self) else { throw DecodingError(description: "CBOR text is not UTF-8") }
                return .text(s)
            case 4:
                guard n <= UInt64(bytes.count - offset) else { throw truncated() }
                var items: [CBOR] = []
                for _ in 0..<n { items.append(try item(depth: depth + 1)) }
                return .array(items)
            case 5:
                guard n <= UInt64(bytes.count - offset) / 2 else { throw truncated() }
                var pairs: [(CBOR, CBOR)] = []
                for _ in 0..<n {
                    let key = try item(depth: depth + 1)
                    pairs.append((key, try item(depth: depth + 1)))
                }
                return .map(pairs)
            default: return .tagged(n, try item(depth: depth + 1))
            }
        }

        private mutating func argument(_ info: UInt8) throws(DecodingError) -> UInt64 {
            switch info {
            case 0..<24: return UInt64(info)
            case 24...27:
                let count = 1 << Int(info - 24)
                return try take(UInt64(count)).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            default: throw DecodingError(description: "indefinite-length or reserved CBOR item at offset \(offset - 1)")
            }
        }

        private mutating func byte() throws(DecodingError) -> UInt8 {
            guard offset < bytes.count else { throw truncated() }
            defer { offset += 1 }
            return bytes[offset]
        }

        private mutating func take(_ n: UInt64) throws(DecodingError) -> [UInt8] {
            guard n <= UInt64(bytes.count - offset) else { throw truncated() }
            defer { offset += Int(n) }
            return Array(bytes[offset..<offset + Int(n)])
        }

        private func truncated() -> DecodingError { DecodingError(description: "CBOR ends early at offset \(offset)") }
    }
}
