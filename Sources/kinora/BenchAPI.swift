import ArgumentParser
import Foundation
import Studio

extension Bench {
    struct API: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "api",
            abstract: "Latency of retrieve and list under concurrent load on loopback, and the queue's cost per job.",
            discussion: """
                Starts a studio with no workers on a temporary SQLite database (or DATABASE_URL),
                creates --videos queued videos, then sends --requests GETs from --concurrency clients.
                  swift build -c release && .build/release/kinora bench api
                """)

        @Option(help: "Requests per endpoint.") var requests = 2000
        @Option(help: "Clients sending at once.") var concurrency = 16
        @Option(help: "Videos in the database.") var videos = 200
        @Flag(help: "Print the result as JSON.") var json = false

        func run() async throws {
            let url = ProcessInfo.processInfo.environment["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            let report: APIBenchmark.Report
            do { report = try await APIBenchmark.run(requests: requests, concurrency: concurrency, videos: videos, databaseURL: url) } catch { throw CLIError("\(error)") }
            if json { return try JSONOutput.print(report) }
            print("studio API on loopback, \(report.database), \(report.videos) videos, \(concurrency) concurrent clients")
            for (name, l) in [("retrieve", report.retrieve), ("list (20)", report.list)] {
                print(String(format: "  %-10@ p50 %6.2f ms   p90 %6.2f ms   p99 %6.2f ms   max %6.2f ms   %7.0f req/s (%d requests)",
                             name as NSString, l.p50ms, l.p90ms, l.p99ms, l.maxms, l.requestsPerSecond, l.requests))
            }
            print(String(format: "  queue: %.2f ms per job (enqueue, claim, heartbeat, finish; %d jobs)", report.queueMillisecondsPerJob, report.queueJobs))
        }
    }
}
