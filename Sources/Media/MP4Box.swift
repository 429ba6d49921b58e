/// One ISO-BMFF (MP4) box: its four-character type and where it sits in the file.
public struct MP4Box: Sendable, Hashable, CustomStringConvertible {
    /// Four-character code, e.g. `ftyp`, `moov`, `mdat`, `uuid`.
    public var type: String
    /// Byte offset of the box header from the start of the file.
    public var offset: Int
    /// Total size in bytes, header included.
    public var size: Int
    /// 8 for a 32-bit size, 16 when a 64-bit `largesize` follows the type.
    public var headerSize: Int

    public init(type: String, offset: Int, size: Int, headerSize: Int = 8) {
        self.type = type
        self.offset = offset
        self.size = size
        self.headerSize = headerSize
    }

    /// Offset of the payload (first byte after the header).
    public var payloadOffset: Int { offset + headerSize }
    /// Offset just past the box.
    public var end: Int { offset + size }

    public var description: String { "\(type)@\(offset)+\(size)" }
}
