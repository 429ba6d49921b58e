public import Foundation
import SQLKit

/// Where an organization wants `video.completed` and `video.failed` events sent, each endpoint
/// with its own signing secret (`whsec_` + base64 of 24 random bytes, Standard Webhooks).
public struct WebhookEndpoints: Sendable {
    let db: StudioDatabase

    public init(_ db: StudioDatabase) { self.db = db }

    /// Registers `url` for `organization`; returns the endpoint's id and its secret (shown once).
    public func add(url: String, organization: String) async throws -> (id: String, secret: String) {
        guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil else {
            throw StudioError("webhook url \(url): must be an http:// or https:// URL")
        }
        let org = try await Organizations(db).ensure(name: organization)
        var generator = SystemRandomNumberGenerator()
        let key = (0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let secret = "whsec_" + Data(key).base64EncodedString()
        let id = "we_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await db.sql.raw("""
            INSERT INTO webhook_endpoints (id, organization_id, url, secret, created_at)
            VALUES (\(bind: String(id)), \(bind: org), \(bind: url), \(bind: secret), \(bind: UnixTime.now))
            """).run()
        return (String(id), secret)
    }

    /// Queues `type` (`video.completed` / `video.failed`) about `videoID` for every endpoint of its organization.
    func enqueue(type: String, videoID: String, organization: String) async throws {
        let endpoints = try await db.sql.raw("SELECT id FROM webhook_endpoints WHERE organization_id = \(bind: organization)")
            .all(decodingColumn: "id", as: String.self)
        for endpoint in endpoints {
            let id = "evt_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(24)
            let now = UnixTime.now
            let event: [String: Any] = ["id": String(id), "object": "event", "created_at": now, "type": type, "data": ["id": videoID]]
            let payload = String(decoding: try JSONSerialization.data(withJSONObject: event, options: [.sortedKeys]), as: UTF8.self)
            try await db.sql.raw("""
                INSERT INTO webhook_deliveries (id, endpoint_id, event_type, payload, state, next_attempt_at, created_at)
                VALUES (\(bind: String(id)), \(bind: endpoint), \(bind: type), \(bind: payload), 'pending', \(bind: now), \(bind: now))
                """).run()
        }
    }
}
