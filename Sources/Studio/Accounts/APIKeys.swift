public import Foundation
import Crypto
import SQLKit

/// API keys: random secrets shown once, stored only as SHA-256 hashes, each belonging to one
/// organization, revocable. A key is `sk-kinora-` followed by 40 hex digits (160 random bits),
/// so a fast hash is enough: there is nothing to guess.
public struct APIKeys: Sendable {
    let db: StudioDatabase

    public init(_ db: StudioDatabase) { self.db = db }

    /// The organization a request acts for.
    public struct Identity: Sendable {
        public var organizationID: String
        public var keyID: String
    }

    /// A new key for `organization` (created if new). The secret is returned once, never stored.
    public func create(organization: String) async throws -> (id: String, secret: String) {
        var bytes = [UInt8](repeating: 0, count: 20)
        var generator = SystemRandomNumberGenerator()
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255, using: &generator) }
        let secret = "sk-kinora-" + bytes.map { String(format: "%02x", $0) }.joined()
        return (try await install(secret: secret, organization: organization), secret)
    }

    /// Installs a known secret (`KINORA_BOOTSTRAP_KEY`), idempotently; returns the key's id.
    @discardableResult
    public func install(secret: String, organization: String) async throws -> String {
        guard secret.count >= 20 else { throw StudioError("an API key must be at least 20 characters") }
        let org = try await Organizations(db).ensure(name: organization)
        let hash = Self.hash(secret)
        let existing = try await db.sql.raw("SELECT id FROM api_keys WHERE key_hash = \(bind: hash)").first(decodingColumn: "id", as: String.self)
        if let existing { return existing }
        let id = "key_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await db.sql.raw("""
            INSERT INTO api_keys (id, organization_id, key_hash, hint, created_at)
            VALUES (\(bind: id), \(bind: org), \(bind: hash), \(bind: String(secret.suffix(4))), \(bind: UnixTime.now))
            """).run()
        return String(id)
    }

    /// Who `secret` belongs to, or nil when it is unknown or revoked.
    public func authenticate(_ secret: String) async throws -> Identity? {
        struct Row: Decodable { var id: String; var organization_id: String }
        let row = try await db.sql.raw("SELECT id, organization_id FROM api_keys WHERE key_hash = \(bind: Self.hash(secret)) AND revoked_at IS NULL")
            .first(decoding: Row.self)
        return row.map { Identity(organizationID: $0.organization_id, keyID: $0.id) }
    }

    /// Revokes a key by id; returns false when there was no such active key.
    public func revoke(id: String) async throws -> Bool {
        let before = try await db.sql.raw("SELECT id FROM api_keys WHERE id = \(bind: id) AND revoked_at IS NULL").first(decodingColumn: "id", as: String.self)
        guard before != nil else { return false }
        try await db.sql.raw("UPDATE api_keys SET revoked_at = \(bind: UnixTime.now) WHERE id = \(bind: id)").run()
        return true
    }

    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
