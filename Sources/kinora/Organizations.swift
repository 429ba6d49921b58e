import ArgumentParser
import Foundation
import Studio

struct Orgs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs", abstract: "Organizations' limits: jobs rendering at once and seconds of video per period.",
        subcommands: [Limits.self])

    struct Limits: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an organization's limits, or change those given.")

        @Option(help: "The organization.")
        var org = "default"
        @Option(help: "Jobs of this organization rendering at once (1–64).")
        var concurrency: Int?
        @Option(help: "Seconds of video it may order per period.")
        var quotaSeconds: Int?
        @Option(help: "The quota's rolling period in seconds (default 86400, a day).")
        var periodSeconds: Int?
        @OptionGroup var studio: StudioFlags

        func run() async throws {
            let limits = try await studio.withDatabase { db in
                let quotas = Quotas(db)
                var limits = try await quotas.limits(organization: org)
                if concurrency != nil || quotaSeconds != nil || periodSeconds != nil {
                    limits.maxConcurrentJobs = concurrency ?? limits.maxConcurrentJobs
                    limits.quotaSeconds = quotaSeconds ?? limits.quotaSeconds
                    limits.periodSeconds = periodSeconds ?? limits.periodSeconds
                    try await quotas.set(limits, organization: org)
                }
                return limits
            }
            print("\(org): \(limits.maxConcurrentJobs) jobs at once, \(limits.quotaSeconds) s of video per \(limits.periodSeconds) s")
        }
    }
}
