import Foundation

/// Where and as whom an S3 studio keeps its media, read from `STORAGE_URL=s3://BUCKET[/prefix]`
/// and the environment: `S3_ENDPOINT` (default AWS's regional endpoint), `S3_REGION` (default
/// `us-east-1`), `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` (or `S3_ACCESS_KEY` and `S3_SECRET_KEY`).
///
/// Objects are addressed path-style (`<endpoint>/<bucket>/<key>`), which every S3-compatible
/// store accepts, so a bucket needs no DNS name of its own.
struct S3Location: Sendable, CustomStringConvertible {
    /// `scheme://host[:port]`, without a trailing slash.
    var endpoint: String
    var bucket: String
    /// Put before every key with a `/`; empty for the bucket's root.
    var prefix: String
    var signer: AWSSignatureV4

    init(storageURL: String, environment: [String: String]) throws {
        guard storageURL.hasPrefix("s3://") else { throw StudioError("STORAGE_URL \(storageURL): not an s3:// URL") }
        let rest = storageURL.dropFirst(5).split(separator: "/", omittingEmptySubsequences: true)
        guard let bucket = rest.first.map(String.init), Self.isValidBucket(bucket) else {
            throw StudioError("STORAGE_URL \(storageURL): the bucket must be 3–63 lowercase letters, digits, dots or hyphens (s3://BUCKET[/prefix])")
        }
        self.bucket = bucket
        prefix = rest.dropFirst().joined(separator: "/")
        let region = environment["S3_REGION"].flatMap { $0.isEmpty ? nil : $0 } ?? "us-east-1"
        let endpoint = environment["S3_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 } ?? "https://s3.\(region).amazonaws.com"
        guard let url = URL(string: endpoint), ["http", "https"].contains(url.scheme ?? ""), url.host != nil, url.path.isEmpty || url.path == "/" else {
            throw StudioError("S3_ENDPOINT \(endpoint): must be http(s)://host[:port]")
        }
        self.endpoint = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        func first(_ names: String...) -> String? { names.lazy.compactMap { environment[$0] }.first { !$0.isEmpty } }
        guard let accessKey = first("AWS_ACCESS_KEY_ID", "S3_ACCESS_KEY"), let secretKey = first("AWS_SECRET_ACCESS_KEY", "S3_SECRET_KEY") else {
            throw StudioError("STORAGE_URL \(storageURL): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or S3_ACCESS_KEY and S3_SECRET_KEY)")
        }
        signer = AWSSignatureV4(accessKey: accessKey, secretKey: secretKey, region: region, service: "s3")
    }

    /// The bucket's object key for a studio key such as `video_…/video.mp4`.
    func objectKey(_ key: String) -> String { prefix.isEmpty ? key : "\(prefix)/\(key)" }

    /// The endpoint's `Host` header, port included, exactly as it is signed.
    var host: String {
        String(endpoint.drop { $0 != "/" }.drop { $0 == "/" })
    }

    /// Names both the bucket and the endpoint, so an error says which store failed.
    var description: String { "s3://\(bucket)\(prefix.isEmpty ? "" : "/" + prefix) at \(endpoint)" }

    /// S3's bucket naming rules, the part that matters in a path: no uppercase, no slashes.
    private static func isValidBucket(_ name: String) -> Bool {
        (3...63).contains(name.count) && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == ".") }
    }
}
