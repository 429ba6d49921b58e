import ArgumentParser
import Foundation
import Studio

/// Options shared by `serve`, `worker` and `keys`: where the studio's data lives.
struct StudioFlags: ParsableArguments {
    @Option(help: "The studio's data folder (database, media, keys). Default: $KINORA_HOME/studio.")
    var data: String?

    /// Opens the studio's database for one command's work, closing it after; errors become one line.
    func withDatabase<T>(_ work: (StudioDatabase) async throws -> T) async throws -> T {
        let c = try configuration()
        do {
            let db = try await StudioDatabase.open(c.database)
            do {
                let result = try await work(db)
                await db.shutdown()
                return result
            } catch {
                await db.shutdown()
                throw error
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("\(error)")
        }
    }

    func configuration() throws -> StudioConfiguration {
        var c = StudioConfiguration(dataFolder: data.map(absolute) ?? StudioKeys.home.appendingPathComponent("studio"))
        do { try c.apply(environment: ProcessInfo.processInfo.environment) } catch { throw CLIError("\(error)") }
        return c
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the studio: the OpenAI-compatible Videos API (/v1/videos) with its workers.",
        discussion: """
            Embedded defaults need nothing but this machine: SQLite in the data folder, media in a
            folder beside it, one in-process worker. Environment: DATABASE_URL (a SQLite path or
            postgres://…), STORAGE_URL (a folder, or s3://BUCKET[/prefix] with S3_ENDPOINT,
            AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), KINORA_BOOTSTRAP_KEY (installs one API key at
            start-up), KINORA_POLL_AFTER_MS (the openai-poll-after-ms hint, default 1000),
            KINORA_LEASE_SECONDS (a job's lease, default 15), KINORA_LOG_FORMAT=json (one JSON
            object per log line), KINORA_LOG_REQUESTS=0 (no per-request log lines).
              kinora keys create --org acme      # prints a key, once
              kinora serve --port 8000
            """)

    @Option(help: "The TCP port (0 picks a free one and prints it).")
    var port = 8000

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Workers inside this process (0: only `kinora worker` processes render).")
    var workers = 1

    @OptionGroup var studio: StudioFlags

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port): must be 0–65535") }
        guard (0...16).contains(workers) else { throw ValidationError("--workers \(workers): must be 0–16") }
    }

    func run() async throws {
        JSONLogHandler.bootstrap(environment: ProcessInfo.processInfo.environment)
        var c = try studio.configuration()
        c.port = port
        c.host = host
        c.workers = workers
        let signing = try StudioKeys.signingIdentity()
        let (host, data) = (c.host, c.dataFolder.path)
        do {
            try await Studio.serve(c, signing: signing) { port in
                // One line on stdout that scripts wait for; stdout is flushed so a pipe sees it at once.
                FileHandle.standardOutput.write(Data("kinora studio listening on http://\(host):\(port)/v1 (data \(data))\n".utf8))
            }
        } catch {
            throw CLIError("\(error)")
        }
    }
}

struct Worker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render queued videos for a studio, from this or another machine (same DATABASE_URL and STORAGE_URL).")

    @Option(help: "Jobs rendered at once.")
    var workers = 1

    @OptionGroup var studio: StudioFlags

    func run() async throws {
        JSONLogHandler.bootstrap(environment: ProcessInfo.processInfo.environment)
        var c = try studio.configuration()
        c.workers = workers
        do { try await Studio.work(c, signing: try StudioKeys.signingIdentity()) } catch { throw CLIError("\(error)") }
    }
}
