import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Media in a bucket of an S3-compatible store (AWS S3, MinIO, R2, SeaweedFS), so that servers
/// and `kinora worker`s on several machines share them: `STORAGE_URL=s3://BUCKET[/prefix]`.
///
/// Requests are signed with ``AWSSignatureV4`` and sent with the process-wide `HTTPClient.shared`.
/// `put` reads the file into memory to hash and send it, and `get` returns the whole object:
/// a studio's files are videos of a few megabytes, and the payload hash SigV4 wants in
/// `x-amz-content-sha256` needs the bytes before the request goes out anyway.
struct S3Storage: MediaStorage {
    let location: S3Location
    /// Keys per ListObjectsV2 page: S3's own maximum, lowered by tests to make `delete` page.
    var pageSize = 1000
    /// Per request, retries of a refused connection included (HTTPClient retries those until the deadline).
    private static let timeout = TimeAmount.seconds(120)
    /// The start-up check's: long enough for a distant region, short enough to fail start-up promptly.
    private static let probeTimeout = TimeAmount.seconds(10)

    /// Checks that the bucket answers to these credentials before the studio takes any work,
    /// creating it when it does not exist yet: an operator's first start on an empty MinIO or
    /// SeaweedFS then just works, and bad credentials or a wrong endpoint stop the server with
    /// one line instead of failing every job later.
    static func connect(_ location: S3Location, pageSize: Int = 1000) async throws -> S3Storage {
        let storage = S3Storage(location: location, pageSize: pageSize)
        let probe = try await storage.send(.GET, key: nil, query: [("list-type", "2"), ("max-keys", "1")], timeout: probeTimeout)
        switch (probe.status, S3XML.value(of: "Code", in: probe.text)) {
        case (.ok, _): break
        case (.notFound, "NoSuchBucket"), (.notFound, nil):
            let created = try await storage.send(.PUT, key: nil, body: storage.createBucketBody)
            guard created.status == .ok || S3XML.value(of: "Code", in: created.text) == "BucketAlreadyOwnedByYou" else {
                throw storage.failure("create the bucket", created)
            }
        default: throw storage.failure("list the bucket", probe)
        }
        return storage
    }

    func put(_ file: URL, key: String, contentType: String) async throws {
        let data = try Data(contentsOf: file)
        let response = try await send(.PUT, key: location.objectKey(key), body: data, headers: [("content-type", contentType)])
        guard response.status == .ok else { throw failure("upload \(key)", response) }
    }

    /// A missing key is nil; a missing bucket is an error, as it means the store was changed under the studio.
    func get(_ key: String) async throws -> Data? {
        let response = try await send(.GET, key: location.objectKey(key))
        if response.status == .ok { return response.body }
        guard response.status == .notFound, [nil, "NoSuchKey"].contains(S3XML.value(of: "Code", in: response.text)) else {
            throw failure("download \(key)", response)
        }
        return nil
    }

    /// Lists the keys under `prefix` a page at a time (ListObjectsV2 with continuation tokens) and
    /// deletes each one; a key that is already gone counts as deleted.
    func delete(prefix: String) async throws {
        var token: String?
        repeat {
            var query = [("list-type", "2"), ("max-keys", String(pageSize)), ("prefix", location.objectKey(prefix))]
            if let token { query.append(("continuation-token", token)) }
            let page = try await send(.GET, key: nil, query: query)
            guard page.status == .ok else { throw failure("list \(prefix)", page) }
            for objectKey in S3XML.values(of: "Key", in: page.text) {
                let response = try await send(.DELETE, key: objectKey)
                guard [.noContent, .ok, .notFound].contains(response.status) else { throw failure("delete \(objectKey)", response) }
            }
            token = S3XML.value(of: "IsTruncated", in: page.text) == "true" ? S3XML.value(of: "NextContinuationToken", in: page.text) : nil
        } while token != nil
    }

    // MARK: requests

    private struct Answer {
        var status: HTTPResponseStatus
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// One signed request to the bucket (`key == nil`) or to one of its objects.
    private func send(
        _ method: HTTPMethod, key: String?, query: [(String, String)] = [], body: Data = Data(), headers: [(String, String)] = [],
        timeout: TimeAmount = timeout
    ) async throws -> Answer {
        let path = "/\(location.bucket)" + (key.map { "/\($0)" } ?? "")
        let now = Date()
        let payloadHash = AWSSignatureV4.sha256Hex(body)
        let signed = headers + [("host", location.host), ("x-amz-date", AWSSignatureV4.timestamp(now)), ("x-amz-content-sha256", payloadHash)]
        let authorization = location.signer.authorization(method: method.rawValue, path: path, query: query, headers: signed, payloadHash: payloadHash, date: now)
        let queryString = query.map { "\(AWSSignatureV4.percentEncode($0.0))=\(AWSSignatureV4.percentEncode($0.1))" }.joined(separator: "&")
        var request = HTTPClientRequest(url: location.endpoint + AWSSignatureV4.percentEncode(path, keepingSlashes: true) + (query.isEmpty ? "" : "?" + queryString))
        request.method = method
        for (name, value) in signed + [("authorization", authorization)] { request.headers.add(name: name, value: value) }
        if method == .PUT { request.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: timeout)
            let limit = response.headers.first(name: "content-length").flatMap(Int.init) ?? 1 << 30
            let bytes = try await response.body.collect(upTo: max(limit, 1))
            return Answer(status: response.status, body: Data(bytes.readableBytesView))
        } catch {
            throw StudioError("storage \(location): cannot reach the endpoint: \(error)")
        }
    }

    /// One line naming the store, the action and S3's own code and message, with a hint for the usual causes.
    private func failure(_ action: String, _ answer: Answer) -> StudioError {
        let code = S3XML.value(of: "Code", in: answer.text)
        let message = S3XML.value(of: "Message", in: answer.text).map { ": \($0)" } ?? ""
        let hint =
            switch code {
            case "SignatureDoesNotMatch": " (check AWS_SECRET_ACCESS_KEY)"
            case "InvalidAccessKeyId": " (check AWS_ACCESS_KEY_ID)"
            case "AccessDenied": " (the credentials may not use this bucket)"
            default: ""
            }
        return StudioError("storage \(location): cannot \(action): HTTP \(answer.status.code) \(code ?? answer.status.reasonPhrase)\(message)\(hint)")
    }

    /// CreateBucket names the region, except for us-east-1, where S3 wants no body at all.
    private var createBucketBody: Data {
        let region = location.signer.region
        guard region != "us-east-1" else { return Data() }
        return Data(
            "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><LocationConstraint>\(region)</LocationConstraint></CreateBucketConfiguration>".utf8)
    }
}
