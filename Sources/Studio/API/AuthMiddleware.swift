import Foundation
import Hummingbird

/// Checks `Authorization: Bearer <key>` against the hashed keys; 401 in OpenAI's shape otherwise.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = StudioContext
    let keys: APIKeys

    func handle(_ request: Request, context: StudioContext, next: (Request, StudioContext) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIError(.unauthorized, "You didn't provide an API key. Send it as 'Authorization: Bearer YOUR_KEY'.", code: "invalid_api_key")
        }
        let secret = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard let identity = try await keys.authenticate(secret) else {
            throw APIError(.unauthorized, "Incorrect API key provided: \(Self.redacted(secret)). It is unknown or was revoked.", code: "invalid_api_key")
        }
        var context = context
        context.identity = identity
        return try await next(request, context)
    }

    static func redacted(_ secret: String) -> String {
        secret.count <= 8 ? "****" : "\(secret.prefix(3))****\(secret.suffix(4))"
    }
}

