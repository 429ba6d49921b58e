import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1

/// `kinora bench api`: a studio on loopback with no workers, loaded by concurrent clients.
/// Measures request latency of retrieve and list, and what the queue costs per job
/// (enqueue, claim with lease, heartbeat, finish) without any rendering.
public enum APIBenchmark {
    public struct Report: Codable, Sendable {
        public struct Latency: Codable, Sendable {
            public var requests: Int
            public var concurrency: Int
            public var p50ms: Double
            public var p90ms: Double
            public var p99ms: Double
            public var maxms: Double
            public var requestsPerSecond: Double
        }
        public var database: String
        public var videos: Int
        public var retrieve: Latency
        public var list: Latency
        public var queueJobs: Int
        public var queueMillisecondsPerJob: Double
    }

    public static func run(requests: Int, concurrency: Int, videos: Int, databaseURL: String?) async throws -> Report {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kinora-bench-api-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var configuration = StudioConfiguration(dataFolder: folder)
        configuration.port = 0
        configuration.workers = 0
        configuration.logRequests = false
        configuration.databaseURL = databaseURL
        let key = "sk-kinora-bench-" + UUID().uuidString.lowercased()
        configuration.bootstrapKey = key
        let ready = AsyncStream<Int>.makeStream()
        let server = Task { try await Studio.serve(configuration, signing: nil) { ready.continuation.yield($0) } }
        defer { server.cancel() }
        var iterator = ready.stream.makeAsyncIterator()
        guard let port = await iterator.next() else { throw StudioError("bench: the studio did not start") }
        let base = "http://127.0.0.1:\(port)/v1"
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            var ids: [String] = []
            for i in 0..<videos {
                var request = HTTPClientRequest(url: "\(base)/videos")
                request.method = .POST
                request.headers.add(name: "Authorization", value: "Bearer \(key)")
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(ByteBuffer(string: #"{"prompt":"a red ball bounces, take \#(i)","model":"kinora-draft","seconds":"2","size":"180x320"}"#))
                let response = try await client.execute(request, timeout: .seconds(30))
                let body = try await response.body.collect(upTo: 1 << 20)
                guard response.status == .ok, let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any],
                      let id = object["id"] as? String
                else { throw StudioError("bench: create answered \(response.status)") }
                ids.append(id)
            }
            let created = ids
            let retrieve = try await load(client, requests: requests, concurrency: concurrency, key: key) { "\(base)/videos/\(created[$0 % created.count])" }
            let list = try await load(client, requests: requests, concurrency: concurrency, key: key) { _ in "\(base)/videos?limit=20" }
            try await client.shutdown()
            let (jobs, perJob) = try await queueOverhead(configuration, jobs: 200)
            return Report(database: databaseURL == nil ? "sqlite" : "postgres", videos: videos, retrieve: retrieve, list: list, queueJobs: jobs, queueMillisecondsPerJob: perJob)
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// `requests` GETs from `concurrency` clients at once; latency percentiles and throughput.
    private static func load(_ client: HTTPClient, requests: Int, concurrency: Int, key: String, url: @escaping @Sendable (Int) -> String) async throws -> Report.Latency {
        let clock = ContinuousClock()
        let started = clock.now
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for lane in 0..<concurrency {
                group.addTask {
                    var mine: [Double] = []
                    var i = lane
                    while i < requests {
                        var request = HTTPClientRequest(url: url(i))
                        request.headers.add(name: "Authorization", value: "Bearer \(key)")
                        let t0 = clock.now
                        let response = try await client.execute(request, timeout: .seconds(30))
                        _ = try await response.body.collect(upTo: 1 << 22)
                        guard response.status == .ok else { throw StudioError("bench: \(url(i)) answered \(response.status)") }
                        mine.append(milliseconds(clock.now - t0))
                        i += concurrency
                    }
                    return mine
                }
            }
            var all: [Double] = []
            for try await part in group { all += part }
            return all.sorted()
        }
        let wall = milliseconds(clock.now - started) / 1000
        func q(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count - 1) * p))] }
        return Report.Latency(requests: requests, concurrency: concurrency, p50ms: q(0.5), p90ms: q(0.9), p99ms: q(0.99), maxms: latencies.last ?? 0,
                              requestsPerSecond: Double(requests) / max(wall, 1e-9))
    }

    /// Milliseconds per job for the queue's own bookkeeping: enqueue, claim, one heartbeat, finish.
    private static func queueOverhead(_ configuration: StudioConfiguration, jobs: Int) async throws -> (Int, Double) {
        let db = try await StudioDatabase.open(configuration.database)
        defer { Task { await db.shutdown() } }
        let organization = try await Organizations(db).ensure(name: "queue-bench")
        try await Quotas(db).set(.init(maxConcurrentJobs: 64, quotaSeconds: 1 << 30, periodSeconds: 86400), organization: "queue-bench")
        let videos = VideoStore(db)
        let queue = JobQueue(db)
        let clock = ContinuousClock()
        let t0 = clock.now
        for i in 0..<jobs {
            let record = VideoRecord(id: VideoIDs.make(), organization_id: organization, model: "kinora-draft", status: "queued", progress: 0,
                                     created_at: UnixTime.now, prompt: "job \(i)", size: "180x320", seconds: "2", storyboard: "{}")
            try await videos.insert(record)
            try await queue.enqueue(videoID: record.id, organization: organization)
            guard let claimed = try await queue.claim(worker: "bench") else { throw StudioError("bench: the queue gave no job") }
            _ = try await queue.heartbeat(videoID: claimed, worker: "bench")
            _ = try await queue.finish(videoID: claimed, worker: "bench", state: "done")
        }
        return (jobs, milliseconds(clock.now - t0) / Double(jobs))
    }

    private static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) * 1e-15
    }
}
