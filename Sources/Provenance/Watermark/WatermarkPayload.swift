/// The 64 bits the invisible watermark carries: who issued the video, which video, and whether it is AI-generated.
///
/// Bit layout of ``bits`` (most significant first, the order of ``hex``):
/// ```
/// bits 63…57  version (7 bits, currently 1)
/// bit  56     aiGenerated
/// bits 55…40  issuer (16 bits)
/// bits 39…0   videoID (low 40 bits)
/// ```
/// A CRC-32 and a rate-1/2 convolutional code are added on the way to the picture (``WatermarkCodeword``).
public struct WatermarkPayload: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Layout version written into the top 7 bits; a reader rejects versions it does not know.
    public static let version: UInt64 = 1
    /// Mask of the 40 bits of `videoID` that fit.
    public static let videoIDMask: UInt64 = (1 << 40) - 1

    public var issuer: UInt16
    /// Only the low 40 bits are carried (about 1.1 × 10¹² videos per issuer).
    public var videoID: UInt64
    public var aiGenerated: Bool

    public init(issuer: UInt16, videoID: UInt64, aiGenerated: Bool) {
        self.issuer = issuer
        self.videoID = videoID & Self.videoIDMask
        self.aiGenerated = aiGenerated
    }

    /// The 64 payload bits as one number (see the layout above).
    public var bits: UInt64 {
        Self.version << 57 | (aiGenerated ? 1 << 56 : 0) | UInt64(issuer) << 40 | (videoID & Self.videoIDMask)
    }

    /// Reads the 64 payload bits; nil when the version is not one this build knows.
    public init?(bits: UInt64) {
        guard bits >> 57 == Self.version else { return nil }
        self.init(issuer: UInt16(truncatingIfNeeded: bits >> 40), videoID: bits & Self.videoIDMask, aiGenerated: bits >> 56 & 1 == 1)
    }

    /// The 64 payload bits as 16 lowercase hex digits, e.g. `03002a000000007b`.
    public var hex: String { Self.hex(bits) }

    static func hex(_ bits: UInt64) -> String {
        let digits = String(bits, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Parses 16 hex digits as written by ``hex``; nil for anything else or an unknown version.
    public init?(hex: String) {
        guard hex.count == 16, hex.allSatisfy(\.isHexDigit), let bits = UInt64(hex, radix: 16) else { return nil }
        self.init(bits: bits)
    }

    public var description: String { "issuer \(issuer), video \(videoID)\(aiGenerated ? ", AI-generated" : "")" }
}
