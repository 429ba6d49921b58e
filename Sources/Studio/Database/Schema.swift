import SQLKit

/// The tables, in SQL that SQLite and PostgreSQL both accept. Times are unix seconds (BIGINT).
enum Schema {
    static let statements: [SQLQueryString] = [
        """
        CREATE TABLE IF NOT EXISTS organizations (
            id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL,
            max_concurrent_jobs INTEGER NOT NULL DEFAULT 2, quota_seconds INTEGER NOT NULL DEFAULT 3600,
            quota_period_seconds INTEGER NOT NULL DEFAULT 86400)
        """,
        """
        CREATE TABLE IF NOT EXISTS api_keys (
            id TEXT PRIMARY KEY, organization_id TEXT NOT NULL REFERENCES organizations(id),
            key_hash TEXT NOT NULL UNIQUE, hint TEXT NOT NULL, created_at BIGINT NOT NULL, revoked_at BIGINT)
        """,
        """
        CREATE TABLE IF NOT EXISTS videos (
            id TEXT PRIMARY KEY, organization_id TEXT NOT NULL REFERENCES organizations(id),
            model TEXT NOT NULL, status TEXT NOT NULL, progress INTEGER NOT NULL DEFAULT 0,
            created_at BIGINT NOT NULL, completed_at BIGINT, expires_at BIGINT,
            prompt TEXT, size TEXT NOT NULL, seconds TEXT NOT NULL, remixed_from_video_id TEXT,
            error_code TEXT, error_message TEXT, storyboard TEXT NOT NULL, metadata TEXT,
            idempotency_key TEXT, request_hash TEXT)
        """,
        "CREATE UNIQUE INDEX IF NOT EXISTS videos_idempotency ON videos (organization_id, idempotency_key)",
        "CREATE INDEX IF NOT EXISTS videos_by_org ON videos (organization_id, id)",
        """
        CREATE TABLE IF NOT EXISTS jobs (
            video_id TEXT PRIMARY KEY REFERENCES videos(id) ON DELETE CASCADE, organization_id TEXT NOT NULL,
            state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, lease_owner TEXT, lease_until BIGINT,
            queued_at BIGINT NOT NULL, started_at BIGINT, finished_at BIGINT, cancel_requested INTEGER NOT NULL DEFAULT 0,
            render_fps DOUBLE PRECISION)
        """,
        "CREATE INDEX IF NOT EXISTS jobs_ready ON jobs (state, queued_at)",
        """
        CREATE TABLE IF NOT EXISTS webhook_endpoints (
            id TEXT PRIMARY KEY, organization_id TEXT NOT NULL REFERENCES organizations(id),
            url TEXT NOT NULL, secret TEXT NOT NULL, created_at BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS webhook_deliveries (
            id TEXT PRIMARY KEY, endpoint_id TEXT NOT NULL, event_type TEXT NOT NULL, payload TEXT NOT NULL,
            state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL,
            last_status INTEGER, created_at BIGINT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at)",
    ]

    static func migrate(_ db: StudioDatabase) async throws {
        for statement in statements { try await db.sql.raw(statement).run() }
    }
}
