import Foundation
import SQLKit

/// Organizations own keys and videos; their limits bound what one customer can take of the workers.
struct Organizations: Sendable {
    let db: StudioDatabase

    init(_ db: StudioDatabase) { self.db = db }

    /// The id of the organization called `name`, created with default limits if new.
    func ensure(name: String) async throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 100 else { throw StudioError("an organization name must be 1–100 characters") }
        if let id = try await id(of: trimmed) { return id }
        let id = "org_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let insert: SQLQueryString = db.isPostgres
            ? "INSERT INTO organizations (id, name, created_at) VALUES (\(bind: id), \(bind: trimmed), \(bind: UnixTime.now)) ON CONFLICT (name) DO NOTHING"
            : "INSERT OR IGNORE INTO organizations (id, name, created_at) VALUES (\(bind: id), \(bind: trimmed), \(bind: UnixTime.now))"
        try await db.sql.raw(insert).run()
        // Another process may have created it between the look-up and the insert.
        guard let created = try await self.id(of: trimmed) else { throw StudioError("cannot create organization \(trimmed)") }
        return created
    }

    private func id(of name: String) async throws -> String? {
        try await db.sql.raw("SELECT id FROM organizations WHERE name = \(bind: name)").first(decodingColumn: "id", as: String.self)
    }
}
