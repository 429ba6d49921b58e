import Foundation
import SQLKit

/// Reading and writing videos, always within one organization: another organization's video
/// is indistinguishable from one that does not exist.
struct VideoStore: Sendable {
    let db: StudioDatabase

    init(_ db: StudioDatabase) { self.db = db }

    /// Inserts the video and its queued job in one transaction-free pair: the job row refers to
    /// the video, so a crash between the two leaves a video the recovery pass re-queues.
    func insert(_ v: VideoRecord) async throws {
        try await db.sql.raw("""
            INSERT INTO videos (\(unsafeRaw: VideoRecord.columns)) VALUES (
            \(bind: v.id), \(bind: v.organization_id), \(bind: v.model), \(bind: v.status), \(bind: v.progress), \(bind: v.created_at),
            \(bind: v.completed_at), \(bind: v.expires_at), \(bind: v.prompt), \(bind: v.size), \(bind: v.seconds), \(bind: v.remixed_from_video_id),
            \(bind: v.error_code), \(bind: v.error_message), \(bind: v.storyboard), \(bind: v.metadata), \(bind: v.idempotency_key), \(bind: v.request_hash))
            """).run()
    }

    func get(_ id: String, organization: String) async throws -> VideoRecord? {
        try await db.sql.raw("SELECT \(unsafeRaw: VideoRecord.columns) FROM videos WHERE id = \(bind: id) AND organization_id = \(bind: organization)")
            .first(decoding: VideoRecord.self)
    }

    /// Any organization's video, for workers.
    func get(_ id: String) async throws -> VideoRecord? {
        try await db.sql.raw("SELECT \(unsafeRaw: VideoRecord.columns) FROM videos WHERE id = \(bind: id)").first(decoding: VideoRecord.self)
    }

    func find(idempotencyKey: String, organization: String) async throws -> VideoRecord? {
        try await db.sql.raw("SELECT \(unsafeRaw: VideoRecord.columns) FROM videos WHERE idempotency_key = \(bind: idempotencyKey) AND organization_id = \(bind: organization)")
            .first(decoding: VideoRecord.self)
    }

    /// One page, newest first (`desc`) or oldest first (`asc`), after the video `after`.
    /// Fetches one more than `limit` to know whether another page follows.
    func list(organization: String, after: String?, limit: Int, ascending: Bool) async throws -> (page: [VideoRecord], hasMore: Bool) {
        var query: SQLQueryString = "SELECT \(unsafeRaw: VideoRecord.columns) FROM videos WHERE organization_id = \(bind: organization)"
        if let after { query = query + (ascending ? " AND id > \(bind: after)" : " AND id < \(bind: after)") }
        query = query + " ORDER BY id \(unsafeRaw: ascending ? "ASC" : "DESC") LIMIT \(bind: limit + 1)"
        let rows = try await db.sql.raw(query).all(decoding: VideoRecord.self)
        return (Array(rows.prefix(limit)), rows.count > limit)
    }

    func delete(_ id: String) async throws {
        try await db.sql.raw("DELETE FROM jobs WHERE video_id = \(bind: id)").run()
        try await db.sql.raw("DELETE FROM videos WHERE id = \(bind: id)").run()
    }

    func setProgress(_ id: String, status: String, progress: Int) async throws {
        try await db.sql.raw("UPDATE videos SET status = \(bind: status), progress = \(bind: progress) WHERE id = \(bind: id)").run()
    }

    func complete(_ id: String, expiresAt: Int64?) async throws {
        try await db.sql.raw("""
            UPDATE videos SET status = 'completed', progress = 100, completed_at = \(bind: UnixTime.now), expires_at = \(bind: expiresAt),
            error_code = NULL, error_message = NULL WHERE id = \(bind: id)
            """).run()
    }

    func fail(_ id: String, code: String, message: String) async throws {
        try await db.sql.raw("""
            UPDATE videos SET status = 'failed', completed_at = \(bind: UnixTime.now), error_code = \(bind: code), error_message = \(bind: message)
            WHERE id = \(bind: id)
            """).run()
    }
}
