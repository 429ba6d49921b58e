public import Foundation

/// Finds the ffmpeg and ffprobe executables: an environment override first, then `PATH`.
///
/// Encoders call this before creating any file, so a missing ffmpeg never leaves partial output.
public enum FFmpegLocator {
    /// Overrides the ffmpeg executable, e.g. `KINORA_FFMPEG=/opt/ffmpeg/bin/ffmpeg`.
    public static let ffmpegVariable = "KINORA_FFMPEG"
    /// Overrides the ffprobe executable.
    public static let ffprobeVariable = "KINORA_FFPROBE"

    public static func ffmpeg(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        try locate("ffmpeg", variable: ffmpegVariable, environment: environment)
    }

    public static func ffprobe(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        try locate("ffprobe", variable: ffprobeVariable, environment: environment)
    }

    static func locate(_ name: String, variable: String, environment: [String: String]) throws -> URL {
        let files = FileManager.default
        if let override = environment[variable], !override.isEmpty {
            guard files.isExecutableFile(atPath: override), !isDirectory(override) else {
                throw MediaError(
                    .ffmpegNotFound,
                    "\(name) not found at \(variable)=\(override); install it (scripts/install-deps) or fix \(variable)"
                )
            }
            return URL(fileURLWithPath: override)
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/" + name
            if files.isExecutableFile(atPath: candidate), !isDirectory(candidate) {
                return URL(fileURLWithPath: candidate)
            }
        }
        throw MediaError(.ffmpegNotFound, "\(name) not found on PATH; install it (scripts/install-deps)")
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
