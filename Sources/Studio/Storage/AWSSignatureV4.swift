import Crypto
import Foundation

/// AWS Signature Version 4: the `Authorization` header that S3 and S3-compatible stores
/// (MinIO, R2, SeaweedFS) check on every request.
///
/// Written here because no AWS SDK is available; `AWSSignatureV4Tests` checks it against the
/// examples AWS publishes. Paths are S3-style: each segment is percent-encoded once, never normalized.
///
/// ```swift
/// let signer = AWSSignatureV4(accessKey: "AKID…", secretKey: "…", region: "us-east-1", service: "s3")
/// let auth = signer.authorization(method: "GET", path: "/bucket/key", query: [], headers: headers,
///                                 payloadHash: AWSSignatureV4.emptyPayloadHash, date: now)
/// ```
struct AWSSignatureV4: Sendable {
    var accessKey: String
    var secretKey: String
    var region: String
    var service: String

    /// SHA-256 of no bytes, the payload hash of GET, HEAD and DELETE requests.
    static let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    /// The `Authorization` header value.
    /// - Parameters:
    ///   - path: the unencoded path, e.g. `/bucket/video_1/video.mp4`.
    ///   - query: unencoded names and values; order does not matter.
    ///   - headers: every header to sign, `host` and `x-amz-date` (= `timestamp(date)`) among them.
    ///   - payloadHash: lowercase hex SHA-256 of the body, as sent in `x-amz-content-sha256`.
    func authorization(method: String, path: String, query: [(String, String)], headers: [(String, String)], payloadHash: String, date: Date) -> String {
        let canonicalHeaders = headers
            .map { (name: $0.0.lowercased(), value: $0.1.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")) }
            .sorted { $0.name < $1.name }
        let signedHeaders = canonicalHeaders.map(\.name).joined(separator: ";")
        let canonicalRequest = [
            method,
            Self.percentEncode(path, keepingSlashes: true),
            query.map { (Self.percentEncode($0.0), Self.percentEncode($0.1)) }.sorted { $0 < $1 }.map { "\($0.0)=\($0.1)" }.joined(separator: "&"),
            canonicalHeaders.map { "\($0.name):\($0.value)\n" }.joined(),
            signedHeaders,
            payloadHash,
        ].joined(separator: "\n")
        let timestamp = Self.timestamp(date)
        let day = String(timestamp.prefix(8))
        let scope = "\(day)/\(region)/\(service)/aws4_request"
        let stringToSign = ["AWS4-HMAC-SHA256", timestamp, scope, Self.sha256Hex(Data(canonicalRequest.utf8))].joined(separator: "\n")
        var key = SymmetricKey(data: Data("AWS4\(secretKey)".utf8))
        for part in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        let signature = Self.hex(HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key))
        return "AWS4-HMAC-SHA256 Credential=\(accessKey)/\(scope), SignedHeaders=\(signedHeaders), Signature=\(signature)"
    }

    /// `yyyyMMdd'T'HHmmss'Z'` in UTC, the form of `x-amz-date`.
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var t = tm()
        gmtime_r(&seconds, &t)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
    }

    static func sha256Hex(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    /// RFC 3986 encoding as SigV4 wants it: everything but `A–Z a–z 0–9 - . _ ~` (and `/` in paths) as `%XX`.
    static func percentEncode(_ text: String, keepingSlashes: Bool = false) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "/") where keepingSlashes:
                out.append("/")
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
