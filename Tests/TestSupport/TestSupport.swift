public import Foundation

/// Helpers shared by the test targets: temporary folders, audio measurements and locating the built `kinora` tool.
public enum TestSupport {
    /// Creates a new, empty, uniquely named folder under the system temporary directory.
    /// The caller removes it (`defer { try? FileManager.default.removeItem(at: dir) }`).
    public static func temporaryDirectory(prefix: String = "kinora-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
