import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1

/// Fetches an `input_reference.image_url` given as an http(s) URL: 10 s at most, 10 MB at most,
/// and, unless the operator allows it, never from loopback or private addresses named
/// literally (so a client cannot make the studio read its own network). Host names are not
/// resolved first: a name that resolves to a private address is not caught (DNS rebinding).
enum RemoteImage {
    static let param = "input_reference[image_url]"

    /// Checks the URL's form before anything is stored; nil when `text` is not an http(s) URL.
    static func parse(_ text: String, allowPrivate: Bool) throws -> URL? {
        guard text.hasPrefix("http://") || text.hasPrefix("https://") else { return nil }
        guard let url = URL(string: text), let host = url.host, !host.isEmpty else {
            throw APIError.invalid("'input_reference.image_url' is not a valid URL.", param: param)
        }
        if !allowPrivate && isPrivate(host) {
            throw APIError.invalid("'input_reference.image_url' names a private or loopback address, which the studio does not fetch.", param: param)
        }
        return url
    }

    static func fetch(_ url: URL) async throws -> ReferenceImage {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(5), read: .seconds(10))))
        defer { _ = client.shutdown() }
        do {
            var request = HTTPClientRequest(url: url.absoluteString)
            request.headers.add(name: "User-Agent", value: "Kinora-Studio")
            let response = try await client.execute(request, timeout: .seconds(10))
            guard response.status == .ok else {
                throw APIError.invalid("Fetching 'input_reference.image_url' answered HTTP \(response.status.code).", param: param, code: "image_fetch_failed")
            }
            let body: ByteBuffer
            do { body = try await response.body.collect(upTo: ReferenceImage.maxBytes) } catch {
                throw APIError(.contentTooLarge, "'input_reference.image_url' is larger than \(ReferenceImage.maxBytes) bytes.", param: param, code: "file_too_large")
            }
            return try ReferenceImage(data: Data(body.readableBytesView), declaredType: response.headers.first(name: "Content-Type"))
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.invalid("Could not fetch 'input_reference.image_url': \(error).", param: param, code: "image_fetch_failed")
        }
    }

    static func isPrivate(_ host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if h == "localhost" || h.hasSuffix(".localhost") || h == "::1" || h.hasPrefix("fc") || h.hasPrefix("fd") || h.hasPrefix("fe80") { return true }
        let octets = h.split(separator: ".").compactMap { Int($0) }
        guard octets.count == 4, h.split(separator: ".").count == 4 else { return false }
        switch (octets[0], octets[1]) {
        case (127, _), (10, _), (0, _), (169, 254), (192, 168): return true
        case (172, 16...31), (100, 64...127): return true
        default: return false
        }
    }
}
