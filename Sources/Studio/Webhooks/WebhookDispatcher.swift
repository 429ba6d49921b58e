import AsyncHTTPClient
import Foundation
public import Logging
import NIOCore
import NIOHTTP1
import SQLKit
public import ServiceLifecycle

/// Delivers queued webhook events, retrying failures with exponential backoff (5 s, 10 s, 20 s…
/// up to an hour between tries, 10 tries in all). Deliveries live in the database, so a restart
/// loses none; several dispatchers may run, each claims a delivery by moving its next attempt.
public struct WebhookDispatcher: Service {
    let db: StudioDatabase
    let logger: Logger
    static let maxAttempts = 10

    public init(db: StudioDatabase, logger: Logger) {
        self.db = db
        self.logger = logger
    }

    struct Due: Decodable {
        var id: String
        var payload: String
        var attempts: Int
        var url: String
        var secret: String
    }

    public func run() async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(timeout: .init(connect: .seconds(5), read: .seconds(10))))
        do {
            try await cancelWhenGracefulShutdown {
                while !Task.isCancelled {
                    let due = try await claimDue()
                    for delivery in due { await deliver(delivery, with: client) }
                    if due.isEmpty { try await Task.sleep(for: .milliseconds(250)) }
                }
            }
        } catch is CancellationError {}
        try await client.shutdown()
    }

    /// Takes up to 10 due deliveries, pushing their next attempt 60 s ahead so no other
    /// dispatcher sends them meanwhile.
    private func claimDue() async throws -> [Due] {
        let now = UnixTime.now
        let due = try await db.sql.raw("""
            SELECT d.id, d.payload, d.attempts, e.url, e.secret FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
            WHERE d.state = 'pending' AND d.next_attempt_at <= \(bind: now) ORDER BY d.next_attempt_at LIMIT 10
            """).all(decoding: Due.self)
        var claimed: [Due] = []
        for d in due {
            let rows = try await db.sql.raw("""
                UPDATE webhook_deliveries SET next_attempt_at = \(bind: now + 60)
                WHERE id = \(bind: d.id) AND state = 'pending' AND next_attempt_at <= \(bind: now) RETURNING id
                """).all(decodingColumn: "id", as: String.self)
            if !rows.isEmpty { claimed.append(d) }
        }
        return claimed
    }

    private func deliver(_ d: Due, with client: HTTPClient) async {
        let timestamp = UnixTime.now
        var request = HTTPClientRequest(url: d.url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "webhook-id", value: d.id)
        request.headers.add(name: "webhook-timestamp", value: "\(timestamp)")
        request.headers.add(name: "webhook-signature", value: WebhookSignature.sign(id: d.id, timestamp: timestamp, body: d.payload, secret: d.secret))
        request.body = .bytes(ByteBuffer(string: d.payload))
        var status: Int?
        do {
            let response = try await client.execute(request, timeout: .seconds(10))
            status = Int(response.status.code)
            _ = try? await response.body.collect(upTo: 1 << 16)
        } catch {
            logger.warning("webhook delivery failed", metadata: ["delivery": "\(d.id)", "error": "\(error)"])
        }
        let attempts = d.attempts + 1
        let delivered = status.map { (200..<300).contains($0) } ?? false
        let state = delivered ? "delivered" : (attempts >= Self.maxAttempts ? "failed" : "pending")
        let next = UnixTime.now + min(3600, Int64(5) << Int64(min(attempts - 1, 20)))
        try? await db.sql.raw("""
            UPDATE webhook_deliveries SET state = \(bind: state), attempts = \(bind: attempts), last_status = \(bind: status),
            next_attempt_at = \(bind: next) WHERE id = \(bind: d.id)
            """).run()
    }
}
