import ArgumentParser
import Foundation
import Studio

struct Keys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the studio's API keys (stored hashed; a new key is shown once).",
        subcommands: [Create.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a new API key for an organization.")

        @Option(help: "The organization the key acts for (created if new).")
        var org = "default"

        @OptionGroup var studio: StudioFlags

        func run() async throws {
            let key = try await studio.withDatabase { try await APIKeys($0).create(organization: org) }
            print(key.secret)
            FileHandle.standardError.write(Data("key \(key.id) for organization \(org); it is not shown again\n".utf8))
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key by its id (key_…).")

        @Argument(help: "The key's id.")
        var id: String

        @OptionGroup var studio: StudioFlags

        func run() async throws {
            guard try await studio.withDatabase({ try await APIKeys($0).revoke(id: id) }) else { throw CLIError("no active key \(id)") }
            print("revoked \(id)")
        }
    }
}
