public import Logging
import Foundation

/// One JSON object per line on stderr (`KINORA_LOG_FORMAT=json`): time, level, logger, message,
/// source and metadata, for log shippers that parse fields instead of text.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    let label: String
    private static let lock = NSLock()

    public init(label: String) { self.label = label }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: String] = [
            "time": ISO8601DateFormatter().string(from: Date()), "level": event.level.rawValue, "logger": label,
            "message": "\(event.message)", "source": event.source,
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) { fields[key] = "\(value)" }
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]) else { return }
        Self.lock.withLock { FileHandle.standardError.write(data + Data("\n".utf8)) }
    }

    /// Installs the handler process-wide when `KINORA_LOG_FORMAT=json`; text otherwise.
    public static func bootstrap(environment: [String: String]) {
        guard environment["KINORA_LOG_FORMAT"] == "json" else { return }
        LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
    }
}
