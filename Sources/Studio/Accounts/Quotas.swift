import Foundation
import HTTPTypes
import SQLKit

/// How much video an organization may order: seconds of video per rolling period, and how many
/// of its jobs render at once (enforced where jobs are claimed, in ``JobQueue``).
public struct Quotas: Sendable {
    let db: StudioDatabase

    public init(_ db: StudioDatabase) { self.db = db }

    public struct Limits: Codable, Sendable {
        public var maxConcurrentJobs: Int
        public var quotaSeconds: Int
        public var periodSeconds: Int
    }

    public func limits(organization name: String) async throws -> Limits {
        let id = try await Organizations(db).ensure(name: name)
        return try await limits(id: id)
    }

    func limits(id: String) async throws -> Limits {
        struct Row: Decodable { var max_concurrent_jobs: Int; var quota_seconds: Int; var quota_period_seconds: Int }
        guard let row = try await db.sql.raw("SELECT max_concurrent_jobs, quota_seconds, quota_period_seconds FROM organizations WHERE id = \(bind: id)")
            .first(decoding: Row.self)
        else { throw StudioError("no organization \(id)") }
        return Limits(maxConcurrentJobs: row.max_concurrent_jobs, quotaSeconds: row.quota_seconds, periodSeconds: row.quota_period_seconds)
    }

    public func set(_ limits: Limits, organization name: String) async throws {
        guard (1...64).contains(limits.maxConcurrentJobs), limits.quotaSeconds >= 0, limits.periodSeconds >= 60 else {
            throw StudioError("limits: concurrency must be 1–64, quota ≥ 0 seconds, period ≥ 60 seconds")
        }
        let id = try await Organizations(db).ensure(name: name)
        try await db.sql.raw("""
            UPDATE organizations SET max_concurrent_jobs = \(bind: limits.maxConcurrentJobs), quota_seconds = \(bind: limits.quotaSeconds),
            quota_period_seconds = \(bind: limits.periodSeconds) WHERE id = \(bind: id)
            """).run()
    }

    /// Throws a 429 (not to be retried) when `seconds` more would exceed the organization's quota.
    /// Failed videos don't count: the studio did not deliver them.
    func reserve(seconds: Int, organization id: String) async throws {
        let limits = try await limits(id: id)
        let since = UnixTime.now - Int64(limits.periodSeconds)
        let used = try await db.sql.raw("""
            SELECT seconds FROM videos WHERE organization_id = \(bind: id) AND created_at > \(bind: since) AND status <> 'failed'
            """).all(decodingColumn: "seconds", as: String.self).reduce(0) { $0 + (Int($1) ?? 0) }
        guard used + seconds <= limits.quotaSeconds else {
            throw APIError(.tooManyRequests,
                           "Quota exceeded: \(used) of \(limits.quotaSeconds) seconds of video used in the last \(limits.periodSeconds / 3600) h; this request needs \(seconds) more.",
                           type: "insufficient_quota", param: "seconds", code: "quota_exceeded")
        }
    }
}
