import Foundation
import TestSupport

/// Runs the built `kinora` binary as a user would, capturing its output and exit status.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ args: [String], in dir: URL, environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = try TestSupport.kinoraExecutable()
        process.arguments = args
        process.currentDirectoryURL = dir
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Drain both pipes while the process runs so neither fills up.
        let errData = LockedData()
        let errThread = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errThread.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.isSet { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData.value, as: UTF8.self))
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

final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return data != nil }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data ?? Data() }
}
