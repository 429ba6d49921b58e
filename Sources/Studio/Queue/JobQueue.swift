import Foundation
import SQLKit

/// The durable job queue, in the database: a job is claimed under a lease that its worker
/// renews with heartbeats; when a worker dies the lease runs out and another worker takes the
/// job again, up to ``maxAttempts``. PostgreSQL claims with `FOR UPDATE SKIP LOCKED`; SQLite
/// serializes writers, so the same single UPDATE is atomic there.
public struct JobQueue: Sendable {
    let db: StudioDatabase
    /// Seconds a claim lasts without a heartbeat.
    public var leaseSeconds: Int64 = 15
    public var maxAttempts = 3

    public init(_ db: StudioDatabase) { self.db = db }

    func enqueue(videoID: String, organization: String) async throws {
        try await db.sql.raw("""
            INSERT INTO jobs (video_id, organization_id, state, queued_at) VALUES (\(bind: videoID), \(bind: organization), 'queued', \(bind: UnixTime.now))
            """).run()
    }

    /// Takes the oldest job that is queued or whose lease ran out, within its organization's
    /// concurrency limit. Returns its video id.
    func claim(worker: String) async throws -> String? {
        let now = UnixTime.now
        let lock = db.isPostgres ? "FOR UPDATE OF j SKIP LOCKED" : ""
        let rows = try await db.sql.raw("""
            UPDATE jobs SET state = 'running', lease_owner = \(bind: worker), lease_until = \(bind: now + leaseSeconds),
                attempts = attempts + 1, started_at = \(bind: now)
            WHERE video_id = (
                SELECT j.video_id FROM jobs j
                WHERE (j.state = 'queued' OR (j.state = 'running' AND j.lease_until < \(bind: now))) AND j.attempts < \(bind: maxAttempts)
                  AND (SELECT COUNT(*) FROM jobs r WHERE r.organization_id = j.organization_id AND r.state = 'running' AND r.lease_until >= \(bind: now))
                      < (SELECT o.max_concurrent_jobs FROM organizations o WHERE o.id = j.organization_id)
                ORDER BY j.queued_at, j.video_id LIMIT 1 \(unsafeRaw: lock))
            RETURNING video_id
            """).all(decodingColumn: "video_id", as: String.self)
        return rows.first
    }

    /// Renews the lease. False when the job is no longer this worker's (taken over, or deleted)
    /// or its cancellation was asked for: the worker must then stop.
    func heartbeat(videoID: String, worker: String) async throws -> Bool {
        try await db.sql.raw("""
            UPDATE jobs SET lease_until = \(bind: UnixTime.now + leaseSeconds) WHERE video_id = \(bind: videoID) AND lease_owner = \(bind: worker) AND state = 'running'
            """).run()
        struct Row: Decodable { var lease_owner: String?; var state: String; var cancel_requested: Int }
        guard let row = try await db.sql.raw("SELECT lease_owner, state, cancel_requested FROM jobs WHERE video_id = \(bind: videoID)").first(decoding: Row.self)
        else { return false }
        return row.lease_owner == worker && row.state == "running" && row.cancel_requested == 0
    }

    /// Marks the job finished, if this worker still holds it. Returns whether it did.
    func finish(videoID: String, worker: String, state: String, renderFPS: Double? = nil) async throws -> Bool {
        let rows = try await db.sql.raw("""
            UPDATE jobs SET state = \(bind: state), finished_at = \(bind: UnixTime.now), lease_until = NULL, render_fps = \(bind: renderFPS)
            WHERE video_id = \(bind: videoID) AND lease_owner = \(bind: worker) AND state = 'running' RETURNING video_id
            """).all(decodingColumn: "video_id", as: String.self)
        return !rows.isEmpty
    }

    /// Hands a running job back to the queue (graceful shutdown), without counting the attempt.
    func release(videoID: String, worker: String) async throws {
        try await db.sql.raw("""
            UPDATE jobs SET state = 'queued', lease_owner = NULL, lease_until = NULL, attempts = attempts - 1
            WHERE video_id = \(bind: videoID) AND lease_owner = \(bind: worker) AND state = 'running'
            """).run()
    }

    func requestCancel(videoID: String) async throws {
        try await db.sql.raw("UPDATE jobs SET cancel_requested = 1 WHERE video_id = \(bind: videoID)").run()
    }

    /// Jobs whose lease ran out after their last attempt: their videos fail, nobody will take them.
    func abandoned() async throws -> [String] {
        try await db.sql.raw("""
            SELECT video_id FROM jobs WHERE state = 'running' AND lease_until < \(bind: UnixTime.now) AND attempts >= \(bind: maxAttempts)
            """).all(decodingColumn: "video_id", as: String.self)
    }

    func markFailed(videoID: String) async throws {
        try await db.sql.raw("UPDATE jobs SET state = 'failed', finished_at = \(bind: UnixTime.now) WHERE video_id = \(bind: videoID)").run()
    }

    /// Jobs waiting to run, for /metrics.
    public func depth() async throws -> Int {
        try await db.sql.raw("SELECT COUNT(*) AS n FROM jobs WHERE state = 'queued'").first(decodingColumn: "n", as: Int.self) ?? 0
    }
}
