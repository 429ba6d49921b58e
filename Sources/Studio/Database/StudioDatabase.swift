public import Foundation
public import Logging
import NIOCore
import NIOPosix
public import SQLKit
import SQLiteKit
import PostgresKit

/// The studio's data: one SQL layer (SQLKit) over SQLite, the embedded default, or PostgreSQL
/// for scale-out. The few statements whose dialects differ ask ``isPostgres``.
public final class StudioDatabase: Sendable {
    public let sql: any SQLDatabase
    public let isPostgres: Bool
    private let close: @Sendable () async -> Void

    private init(sql: any SQLDatabase, isPostgres: Bool, close: @escaping @Sendable () async -> Void) {
        self.sql = sql
        self.isPostgres = isPostgres
        self.close = close
    }

    /// Opens `url`: `postgres://user:pass@host:port/db`, `sqlite:///path/file.db`, or a plain path.
    /// Creates the schema when it is missing.
    public static func open(_ url: String, logger: Logger = Logger(label: "kinora.db")) async throws -> StudioDatabase {
        let database: StudioDatabase
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            let configuration: SQLPostgresConfiguration
            do { configuration = try SQLPostgresConfiguration(url: url) } catch { throw StudioError("DATABASE_URL: not a valid PostgreSQL URL (\(error))") }
            let pool = EventLoopGroupConnectionPool(
                source: PostgresConnectionSource(sqlConfiguration: configuration), maxConnectionsPerEventLoop: 4,
                on: MultiThreadedEventLoopGroup.singleton)
            let owned = PoolOwner(pool)
            database = StudioDatabase(sql: pool.database(logger: logger).sql(), isPostgres: true, close: { try? await owned.pool.shutdownAsync() })
        } else {
            let path = url.hasPrefix("sqlite://") ? String(url.dropFirst("sqlite://".count)) : url
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            let connection: SQLiteConnection
            do {
                connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
            } catch {
                throw StudioError("DATABASE_URL \(path): cannot open the SQLite database (\(error))")
            }
            let sql = connection.sql()
            // WAL lets `kinora worker` processes read while the server writes; the timeout makes
            // concurrent writers wait for each other instead of failing.
            try await sql.raw("PRAGMA journal_mode = WAL").run()
            try await sql.raw("PRAGMA busy_timeout = 10000").run()
            try await sql.raw("PRAGMA foreign_keys = ON").run()
            database = StudioDatabase(sql: sql, isPostgres: false, close: { try? await connection.close() })
        }
        try await Schema.migrate(database)
        return database
    }

    public func shutdown() async { await close() }
}

/// The pool is shut down once, from `shutdown()`; it is thread-safe but not marked Sendable.
private final class PoolOwner: @unchecked Sendable {
    let pool: EventLoopGroupConnectionPool<PostgresConnectionSource>
    init(_ pool: EventLoopGroupConnectionPool<PostgresConnectionSource>) { self.pool = pool }
}
