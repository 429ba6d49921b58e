public import Foundation
import Hummingbird
import Logging
public import Provenance
import UnixSignals
import ServiceLifecycle

/// The server: the Videos API, health and metrics, and in-process workers, as one service group
/// that stops gracefully on SIGINT/SIGTERM (workers hand their running jobs back to the queue).
public enum Studio {
    public static func serve(_ configuration: StudioConfiguration, signing: SigningIdentity?, onReady: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        var logger = Logger(label: "kinora.studio")
        logger.logLevel = .info
        let db = try await StudioDatabase.open(configuration.database, logger: logger)
        let storage = try await configuration.storage()
        if let key = configuration.bootstrapKey {
            try await APIKeys(db).install(secret: key, organization: configuration.bootstrapOrganization)
        }
        let responses = ResponseCounter()
        let router = Router(context: StudioContext.self)
        router.add(middleware: CountingMiddleware(counter: responses))
        if configuration.logRequests { router.add(middleware: RequestLogMiddleware(logger: logger)) }
        router.get("healthz") { _, _ in "ok\n" }
        router.get("readyz") { _, _ -> Response in
            _ = try await JobQueue(db).depth()
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: "ready\n")))
        }
        router.get("metrics") { _, _ -> Response in
            let text = try await PrometheusMetrics(db: db, responses: responses).render()
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
        let v1 = router.group("v1").add(middleware: AuthMiddleware(keys: APIKeys(db)))
        VideosController(db: db, storage: storage, configuration: configuration).register(on: v1)

        let scratch = configuration.dataFolder.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let host = ProcessInfo.processInfo.hostName
        let workers: [any Service] = (0..<configuration.workers).map {
            VideoWorker(db: db, storage: storage, signing: signing, scratch: scratch, name: "\(host)-\(getpid())-\($0)", leaseSeconds: configuration.leaseSeconds, logger: logger)
        }
        let app = Application(
            router: router, configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Kinora"),
            services: workers + [WebhookDispatcher(db: db, logger: logger)], onServerRunning: { channel in onReady(channel.localAddress?.port ?? configuration.port) }, logger: logger)
        defer { Task { await db.shutdown() } }
        try await app.runService()
    }

    /// Runs workers only, against the configured database and storage, until SIGINT/SIGTERM.
    public static func work(_ configuration: StudioConfiguration, signing: SigningIdentity?) async throws {
        let logger = Logger(label: "kinora.worker")
        let db = try await StudioDatabase.open(configuration.database, logger: logger)
        let storage = try await configuration.storage()
        let scratch = configuration.dataFolder.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let host = ProcessInfo.processInfo.hostName
        let workers: [any Service] = (0..<max(1, configuration.workers)).map {
            VideoWorker(db: db, storage: storage, signing: signing, scratch: scratch, name: "\(host)-\(getpid())-\($0)", leaseSeconds: configuration.leaseSeconds, logger: logger)
        }
        let group = ServiceGroup(configuration: .init(services: workers.map { .init(service: $0) }, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        await db.shutdown()
    }
}
