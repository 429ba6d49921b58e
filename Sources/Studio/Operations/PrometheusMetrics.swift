import Foundation
import SQLKit

/// The /metrics page in Prometheus' text format. Queue and job figures come from the database,
/// so they cover every worker process; response counts are this server's own.
struct PrometheusMetrics {
    let db: StudioDatabase
    let responses: ResponseCounter

    func render() async throws -> String {
        var out = ""
        func metric(_ name: String, _ type: String, _ help: String, _ samples: [(labels: String, value: Double)]) {
            out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
            for s in samples { out += "\(name)\(s.labels.isEmpty ? "" : "{\(s.labels)}") \(formatted(s.value))\n" }
        }
        struct Count: Decodable { var state: String; var n: Int }
        let states = try await db.sql.raw("SELECT state, COUNT(*) AS n FROM jobs GROUP BY state").all(decoding: Count.self)
        metric("kinora_queue_depth", "gauge", "Jobs waiting for a worker.", [("", Double(states.first { $0.state == "queued" }?.n ?? 0))])
        metric("kinora_jobs", "gauge", "Jobs by state (queued, running, done, failed).",
               ["queued", "running", "done", "failed"].map { s in ("state=\"\(s)\"", Double(states.first { $0.state == s }?.n ?? 0)) })

        struct Finished: Decodable { var queued_at: Int64; var started_at: Int64?; var finished_at: Int64; var render_fps: Double? }
        let recent = try await db.sql.raw("""
            SELECT queued_at, started_at, finished_at, render_fps FROM jobs WHERE state = 'done' AND finished_at IS NOT NULL
            ORDER BY finished_at DESC LIMIT 200
            """).all(decoding: Finished.self)
        let latencies = recent.map { Double($0.finished_at - $0.queued_at) }.sorted()
        metric("kinora_job_latency_seconds", "summary", "Seconds from queued to completed, over the last 200 completed jobs.",
               [0.5, 0.9, 0.99].map { q in ("quantile=\"\(q)\"", quantile(latencies, q)) } + [])
        out += "kinora_job_latency_seconds_count \(latencies.count)\nkinora_job_latency_seconds_sum \(formatted(latencies.reduce(0, +)))\n"
        let fps = recent.compactMap(\.render_fps)
        metric("kinora_render_fps", "gauge", "Frames rendered per second of wall time, mean of the last 200 completed jobs.",
               [("", fps.isEmpty ? 0 : fps.reduce(0, +) / Double(fps.count))])

        let (classes, errors) = responses.snapshot
        metric("kinora_http_responses_total", "counter", "Responses of this server by status class.",
               classes.sorted { $0.key < $1.key }.map { ("class=\"\($0.key)\"", Double($0.value)) })
        metric("kinora_http_errors_total", "counter", "Error responses of this server by error code.",
               errors.sorted { $0.key < $1.key }.map { ("code=\"\($0.key)\"", Double($0.value)) })
        return out
    }

    private func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * q).rounded()))]
    }

    private func formatted(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
}
