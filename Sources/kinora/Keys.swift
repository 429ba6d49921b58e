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
            let c = try studio.configuration()
            do {
                let db = try await StudioDatabase.open(c.database)
                let key = try await APIKeys(db).create(organization: org)
                await db.shutdown()
                print(key.secret)
                FileHandle.standardError.write(Data("key \(key.id) for organization \(org); it is not shown again\n".utf8))
            } catch {
                throw CLIError("\(error)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key by its id (key_…).")

        @Argument(help: "The key's id.")
        var id: String

        @OptionGroup var studio: StudioFlags

        func run() async throws {
            let c = try studio.configuration()
            let db: StudioDatabase
            do { db = try await StudioDatabase.open(c.database) } catch { throw CLIError("\(error)") }
            let revoked = try await APIKeys(db).revoke(id: id)
            await db.shutdown()
            guard revoked else { throw CLIError("no active key \(id)") }
            print("revoked \(id)")
        }
    }
}
