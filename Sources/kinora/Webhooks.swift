import ArgumentParser
import Foundation
import Studio

struct Webhooks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage where the studio sends video.completed and video.failed events (Standard Webhooks).",
        subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send an organization's video events to a URL; prints the signing secret (whsec_…) once.")

        @Option(help: "The endpoint's URL (http or https).")
        var url: String

        @Option(help: "The organization whose events are sent.")
        var org = "default"

        @OptionGroup var studio: StudioFlags

        func run() async throws {
            let endpoint = try await studio.withDatabase { try await WebhookEndpoints($0).add(url: url, organization: org) }
            print(endpoint.secret)
            FileHandle.standardError.write(Data("endpoint \(endpoint.id) for organization \(org); the secret is not shown again\n".utf8))
        }
    }
}
