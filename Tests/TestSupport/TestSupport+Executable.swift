public import Foundation

extension TestSupport {
    /// The built `kinora` command-line tool.
    ///
    /// Looks, in order, at `KINORA_BIN`; the folder of the running test bundle (SwiftPM puts the tool
    /// and the test bundle in the same `<scratch>/debug/`, whatever `--scratch-path` is); then the
    /// package's `.build/debug` and `.build/release` found from this source file's path.
    public static func kinoraExecutable(filePath: String = #filePath) throws -> URL {
        let files = FileManager.default
        let environment = ProcessInfo.processInfo.environment
        if let bin = environment["KINORA_BIN"], !bin.isEmpty {
            guard files.isExecutableFile(atPath: bin) else {
                throw ExecutableNotFound(message: "KINORA_BIN=\(bin) is not an executable file")
            }
            return URL(fileURLWithPath: bin)
        }
        var candidates: [URL] = []
        // Walk up from the test runner (e.g. .build/debug/KinoraPackageTests.xctest[/Contents/MacOS/…]).
        for start in [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments.first ?? "")].compactMap({ $0 }) {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("kinora"))
                folder = folder.deletingLastPathComponent()
            }
        }
        // <package>/Tests/TestSupport/<file>.swift → <package>
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates += ["debug", "release"].map { root.appendingPathComponent(".build/\($0)/kinora") }
        for candidate in candidates {
            var isFolder: ObjCBool = false
            if files.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                files.isExecutableFile(atPath: candidate.path)
            {
                return candidate.standardizedFileURL
            }
        }
        throw ExecutableNotFound(
            message: "kinora executable not found; run `swift build` or set KINORA_BIN (looked in \(candidates.map(\.path).joined(separator: ", ")))"
        )
    }

    /// `kinoraExecutable()` found no binary.
    public struct ExecutableNotFound: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
