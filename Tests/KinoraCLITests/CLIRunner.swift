import Foundation
import TestSupport

/// Runs the built `kinora` binary as a user would, capturing its output and exit status.
struct CLIRunner {
    typealias Result = TestSupport.ProcessResult

    static func run(_ args: [String], in dir: URL, environment: [String: String]? = nil) throws -> Result {
        try TestSupport.run(try TestSupport.kinoraExecutable(), args, in: dir, environment: environment)
    }
}

extension CLIRunner {
    /// The storyboard `kinora storyboard ARGS --json` writes, as a JSON object to edit.
    static func storyboard(_ args: [String], in dir: URL) throws -> [String: Any] {
        let r = try run(["storyboard"] + args + ["--json"], in: dir)
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return doc?["storyboard"] as? [String: Any] ?? [:]
    }

    /// Writes a JSON object (an edited storyboard) to `name` in `dir`.
    static func save(_ object: [String: Any], as name: String, in dir: URL) throws {
        try JSONSerialization.data(withJSONObject: object).write(to: dir.appendingPathComponent(name))
    }

    /// Reads the JSON object in file `name` of `dir` (a trace).
    static func json(_ name: String, in dir: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(name))) as? [String: Any] ?? [:]
    }
}
