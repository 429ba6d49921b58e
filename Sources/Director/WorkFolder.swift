import Foundation

/// A private scratch folder beside the output (same file system, so renames are atomic),
/// removed when the render ends, whether it succeeded or not.
struct WorkFolder {
    let url: URL

    init(beside output: URL) throws {
        let dir = output.deletingLastPathComponent()
        url = dir.appendingPathComponent(".kinora-work-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw DirectorError("cannot create a work folder in \(dir.path): \(error.localizedDescription)")
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
