public import Foundation

/// Where finished media live: a local folder by default; S3-compatible stores for scale-out.
public protocol MediaStorage: Sendable {
    /// Stores the file at `file` under `key`, replacing what was there.
    func put(_ file: URL, key: String, contentType: String) async throws
    /// The bytes under `key`, or nil when there are none.
    func get(_ key: String) async throws -> Data?
    /// Removes every object whose key starts with `prefix`.
    func delete(prefix: String) async throws
}

/// Media in a folder on this machine: `<root>/<key>`, written through a temporary file and a rename.
public struct LocalStorage: MediaStorage {
    public let root: URL

    public init(root: URL) throws {
        self.root = root
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    public func put(_ file: URL, key: String, contentType: String) async throws {
        let target = try url(key)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
        try? FileManager.default.removeItem(at: partial)
        try FileManager.default.copyItem(at: file, to: partial)
        guard rename(partial.path, target.path) == 0 else { throw StudioError("storage: cannot move \(key) into place") }
    }

    public func get(_ key: String) async throws -> Data? {
        FileManager.default.contents(atPath: try url(key).path)
    }

    public func delete(prefix: String) async throws {
        let folder = try url(prefix)
        if FileManager.default.fileExists(atPath: folder.path) { try FileManager.default.removeItem(at: folder) }
    }

    /// Keys are made by the studio (`<video id>/<variant>`); refuse anything that could leave the root.
    private func url(_ key: String) throws -> URL {
        guard !key.isEmpty, !key.contains(".."), !key.hasPrefix("/") else { throw StudioError("storage: invalid key \(key)") }
        return root.appendingPathComponent(key)
    }
}
