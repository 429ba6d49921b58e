/// A CBOR data item (RFC 8949), enough for C2PA claims, assertions and COSE.
///
/// Maps keep the order they were built in; `encoded()` sorts their keys the deterministic
/// way (RFC 8949 §4.2.1: by the bytes of the encoded key), as C2PA requires for claims.
public indirect enum CBOR: Sendable, Equatable {
    case unsigned(UInt64)
    case negative(UInt64)  // the value is -1 - n
    case bytes([UInt8])
    case text(String)
    case array([CBOR])
    case map([(CBOR, CBOR)])
    case tagged(UInt64, CBOR)
    case bool(Bool)
    case null

    public static func int(_ v: Int) -> CBOR { v >= 0 ? .unsigned(UInt64(v)) : .negative(UInt64(-1 - v)) }

    public static func == (a: CBOR, b: CBOR) -> Bool { a.encoded() == b.encoded() }

    /// The value under a text key of a map, if any.
    public subscript(key: String) -> CBOR? {
        guard case .map(let pairs) = self else { return nil }
        return pairs.first { $0.0 == .text(key) }?.1
    }

    /// The value under an integer key of a map, if any (COSE headers use integer labels).
    public subscript(label label: Int) -> CBOR? {
        guard case .map(let pairs) = self else { return nil }
        return pairs.first { $0.0 == .int(label) }?.1
    }

    public var textValue: String? { if case .text(let s) = self { s } else { nil } }
    public var bytesValue: [UInt8]? { if case .bytes(let b) = self { b } else { nil } }
    public var arrayValue: [CBOR]? { if case .array(let a) = self { a } else { nil } }
    public var intValue: Int? {
        switch self {
        case .unsigned(let n) where n <= UInt64(Int.max): Int(n)
        case .negative(let n) where n < UInt64(Int.max): -1 - Int(n)
        default: nil
        }
    }

    /// The deterministic encoding: shortest heads, definite lengths, map keys sorted bytewise.
    public func encoded() -> [UInt8] {
        var out: [UInt8] = []
        encode(into: &out)
        return out
    }

    private func encode(into out: inout [UInt8]) {
        switch self {
        case .unsigned(let n): Self.head(0, n, &out)
        case .negative(let n): Self.head(1, n, &out)
        case .bytes(let b):
            Self.head(2, UInt64(b.count), &out)
            out += b
        case .text(let s):
            let utf8 = Array(s.utf8)
            Self.head(3, UInt64(utf8.count), &out)
            out += utf8
        case .array(let items):
            Self.head(4, UInt64(items.count), &out)
            for item in items { item.encode(into: &out) }
        case .map(let pairs):
            Self.head(5, UInt64(pairs.count), &out)
            let sorted = pairs.map { ($0.0.encoded(), $0.1) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
            for (key, value) in sorted {
                out += key
                value.encode(into: &out)
            }
        case .tagged(let tag, let item):
            Self.head(6, tag, &out)
            item.encode(into: &out)
        case .bool(let b): out.append(b ? 0xF5 : 0xF4)
        case .null: out.append(0xF6)
        }
    }

    private static func head(_ major: UInt8, _ n: UInt64, _ out: inout [UInt8]) {
        let m = major << 5
        switch n {
        case 0..<24: out.append(m | UInt8(n))
        case 24...0xFF: out += [m | 24, UInt8(n)]
        case 0x100...0xFFFF: out += [m | 25] + bigEndian(n, 2)
        case 0x1_0000...0xFFFF_FFFF: out += [m | 26] + bigEndian(n, 4)
        default: out += [m | 27] + bigEndian(n, 8)
        }
    }

    static func bigEndian(_ n: UInt64, _ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: n >> (8 * UInt64(count - 1 - $0))) }
    }
}
