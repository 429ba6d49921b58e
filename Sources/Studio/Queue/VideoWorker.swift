import Director
public import Foundation
public import Logging
import Media
public import Provenance
public import ServiceLifecycle
import Storyboard

/// Takes jobs from the queue and renders them: in the server's process by default, or as
/// `kinora worker` on any machine that reaches the same database and storage.
public struct VideoWorker: Service {
    let db: StudioDatabase
    let storage: any MediaStorage
    let queue: JobQueue
    let signing: SigningIdentity?
    let scratch: URL
    public let name: String
    let logger: Logger
    var idlePoll: Duration = .milliseconds(150)

    public init(db: StudioDatabase, storage: any MediaStorage, signing: SigningIdentity?, scratch: URL, name: String, leaseSeconds: Int64, logger: Logger) {
        self.db = db
        self.storage = storage
        var queue = JobQueue(db)
        queue.leaseSeconds = leaseSeconds
        self.queue = queue
        self.signing = signing
        self.scratch = scratch
        self.name = name
        self.logger = logger
    }

    public func run() async throws {
        let stopping = RenderControl()
        try await withGracefulShutdownHandler {
            while !stopping.isCancelled {
                try await failAbandoned()
                if let id = try await queue.claim(worker: name) {
                    await process(id, shutdown: stopping)
                } else {
                    try? await Task.sleep(for: idlePoll)
                }
            }
        } onGracefulShutdown: {
            stopping.cancel()
        }
    }

    /// The job is this worker's now: partial files of an earlier attempt (a worker that died on
    /// this machine) are orphans.
    private func removeEarlierAttempts(of id: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? []
        for name in names where name.hasPrefix(id + "-") {
            try? FileManager.default.removeItem(at: scratch.appendingPathComponent(name))
        }
    }

    private func failAbandoned() async throws {
        for id in try await queue.abandoned() {
            try await VideoStore(db).fail(id, code: "worker_lost", message: "The video's worker stopped \(queue.maxAttempts) times before finishing.")
            try await queue.markFailed(videoID: id)
            if let video = try await VideoStore(db).get(id) {
                try await WebhookEndpoints(db).enqueue(type: "video.failed", videoID: id, organization: video.organization_id)
            }
        }
    }

    /// Renders one claimed video, renewing the lease while it runs.
    func process(_ id: String, shutdown: RenderControl) async {
        let videos = VideoStore(db)
        let folder = scratch.appendingPathComponent("\(id)-\(name)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            guard let video = try await videos.get(id) else { return }
            removeEarlierAttempts(of: id)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let control = RenderControl()
            try await videos.setProgress(id, status: "in_progress", progress: 0)
            var prepared = try VideoJob(video: video, folder: folder, signing: signing)
            try await prepared.fetchReference(from: storage)
            let job = prepared
            let outcome: Result<Void, any Error> = await withTaskGroup(of: Result<Void, any Error>?.self) { group in
                group.addTask { await job.render(control: control) }
                group.addTask {
                    while !control.isFinished {
                        try? await Task.sleep(for: .milliseconds(500))
                        if shutdown.isCancelled { control.cancel() }
                        let mine = (try? await queue.heartbeat(videoID: id, worker: name)) ?? false
                        if !mine { control.cancel() }
                        try? await videos.setProgress(id, status: "in_progress", progress: control.progress)
                    }
                    return nil
                }
                var result: Result<Void, any Error> = .success(())
                for await r in group { if let r { result = r } }
                return result
            }
            switch outcome {
            case .success:
                guard try await queue.heartbeat(videoID: id, worker: name) else { return }
                try await job.store(in: storage)
                if try await queue.finish(videoID: id, worker: name, state: "done", renderFPS: control.fps) {
                    try await videos.complete(id, expiresAt: nil)
                    try await WebhookEndpoints(db).enqueue(type: "video.completed", videoID: id, organization: video.organization_id)
                } else {
                    // Deleted while its files were being stored: remove them again.
                    try await storage.delete(prefix: id)
                }
            case .failure where control.isCancelled:
                if shutdown.isCancelled { try await queue.release(videoID: id, worker: name) }
            case .failure(let error):
                logger.error("render failed", metadata: ["video": "\(id)", "error": "\(error)"])
                if try await queue.finish(videoID: id, worker: name, state: "failed") {
                    try await videos.fail(id, code: "render_failed", message: "\(error)")
                    try await WebhookEndpoints(db).enqueue(type: "video.failed", videoID: id, organization: video.organization_id)
                }
            }
        } catch {
            logger.error("job failed", metadata: ["video": "\(id)", "error": "\(error)"])
            if (try? await queue.finish(videoID: id, worker: name, state: "failed")) == true {
                try? await videos.fail(id, code: "internal_error", message: "\(error)")
            }
        }
    }
}
