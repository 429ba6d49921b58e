public import Foundation

/// How a studio runs: where it listens, where its data and media live, how many workers it runs.
public struct StudioConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8000
    /// Holds the SQLite database, the media folder and the signing keys unless told otherwise.
    public var dataFolder: URL
    /// `postgres://…` or a SQLite path; default `<data>/kinora.db`.
    public var databaseURL: String?
    /// A folder path (default `<data>/media`) or `s3://BUCKET[/prefix]` (see `S3Location` for the S3_* variables).
    public var storageURL: String?
    /// Workers inside the server process; 0 leaves rendering to `kinora worker` processes.
    public var workers = 1
    public var pollAfterMilliseconds = 1000
    /// Seconds a worker's claim on a job lasts without a heartbeat (it beats twice a second).
    public var leaseSeconds: Int64 = 15
    public var maxUploadBytes = 16 << 20
    /// A key installed at start-up (for automation and tests) in organization `bootstrapOrganization`.
    public var bootstrapKey: String?
    public var bootstrapOrganization = "default"
    /// Lets `input_reference.image_url` name loopback and private addresses (tests, closed networks).
    public var allowPrivateImageURLs = false
    /// One log line per request (`KINORA_LOG_REQUESTS=0` turns it off).
    public var logRequests = true

    public init(dataFolder: URL) { self.dataFolder = dataFolder }

    /// Reads `DATABASE_URL`, `STORAGE_URL`, `KINORA_BOOTSTRAP_KEY`, `KINORA_POLL_AFTER_MS` and `KINORA_LEASE_SECONDS`.
    public mutating func apply(environment: [String: String]) throws {
        if let v = environment["DATABASE_URL"], !v.isEmpty { databaseURL = v }
        if let v = environment["STORAGE_URL"], !v.isEmpty { storageURL = v }
        if let v = environment["KINORA_BOOTSTRAP_KEY"], !v.isEmpty { bootstrapKey = v }
        if environment["KINORA_LOG_REQUESTS"] == "0" { logRequests = false }
        if environment["KINORA_ALLOW_PRIVATE_IMAGE_URLS"] == "1" { allowPrivateImageURLs = true }
        if let v = environment["KINORA_LEASE_SECONDS"] {
            guard let s = Int64(v), (2...600).contains(s) else { throw StudioError("KINORA_LEASE_SECONDS=\(v): must be 2–600") }
            leaseSeconds = s
        }
        if let v = environment["KINORA_POLL_AFTER_MS"] {
            guard let ms = Int(v), (1...60000).contains(ms) else { throw StudioError("KINORA_POLL_AFTER_MS=\(v): must be 1–60000") }
            pollAfterMilliseconds = ms
        }
    }

    public var database: String { databaseURL ?? dataFolder.appendingPathComponent("kinora.db").path }

    /// The configured store, ready for use: an S3 bucket is checked (and created if missing) here,
    /// so a wrong endpoint or key stops start-up. S3 settings come from `environment`.
    func storage(environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> any MediaStorage {
        let url = storageURL ?? dataFolder.appendingPathComponent("media").path
        if url.hasPrefix("s3://") { return try await S3Storage.connect(S3Location(storageURL: url, environment: environment)) }
        return try LocalStorage(root: URL(fileURLWithPath: url.hasPrefix("file://") ? String(url.dropFirst(7)) : url))
    }
}
