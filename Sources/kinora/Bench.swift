import ArgumentParser
import Director
import Foundation
import Screenwriter
import Storyboard

struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks (build with -c release first).",
        subcommands: [Pipeline.self, RenderOnly.self, Audio.self, API.self, PhysicsEngine.self, Watermark.self],
        defaultSubcommand: Pipeline.self)
}

extension Bench {
    struct Pipeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pipeline",
            abstract: "Time a fixed scenario per stage, end to end (the default).",
            discussion: """
                Prints wall time per stage, the ratio of total wall time to video duration, and the
                peak resident memory of the process. Example:
                  swift build -c release && .build/release/kinora bench --seconds 10
                """)

        @Option(help: "The scenario's prompt.")
        var prompt = "a red ball bounces on a beach at sunset"

        @OptionGroup var flags: RenderFlags

        @Flag(help: "Print the result as JSON.")
        var json = false

        @Flag(help: "Leave out the visible and invisible watermarks, to measure what they cost.")
        var unmarked = false

        struct Report: Encodable {
            var prompt: String
            var size: String
            var fps: Int
            var seconds: Double
            var quality: String
            var timings: RenderResult.Timings
            var ratio: Double
            var peakMemoryMB: Double
            var build: String
        }

        func run() throws {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinora-bench-\(ProcessInfo.processInfo.processIdentifier)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let (w, h) = try flags.dimensions
            let start = Date()
            var (board, _) = Screenwriter().write(prompt, seconds: flags.length, seed: flags.seed ?? 1)
            if let style = flags.style, let s = Style(rawValue: style) { board.style = s }
            let parse = Date().timeIntervalSince(start)
            var options = RenderOptions(width: w, height: h, fps: flags.fps, quality: flags.quality, output: dir.appendingPathComponent("bench.mp4"))
            options.provenance.watermarks = !unmarked
            let result: RenderResult
            do { result = try Director().render(board, options: options, parseSeconds: parse) } catch { throw CLIError("\(error)") }
            var usage = rusage()
            getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
            #if DEBUG
            let build = "debug"
            #else
            let build = "release"
            #endif
            let t = result.timings
            let report = Report(
                prompt: prompt, size: result.size, fps: result.fps, seconds: result.seconds, quality: flags.quality.rawValue, timings: t,
                ratio: t.total / result.seconds, peakMemoryMB: Double(usage.ru_maxrss) / 1024, build: build)
            if json {
                try JSONOutput.print(report)
                return
            }
            print("scenario: \"\(prompt)\" \(result.size) @ \(result.fps) fps, \(result.seconds) s, \(flags.quality.rawValue), \(build) build")
            for (name, v) in [("parse", t.parse), ("simulate", t.simulate), ("sound", t.sound), ("render", t.render), ("encode", t.encode), ("total", t.total)] {
                print("  " + name.padding(toLength: 9, withPad: " ", startingAt: 0) + String(format: "%8.3f s   %6.3f × duration", v, v / result.seconds))
            }
            print(String(format: "  ratio (total wall time / video duration): %.3f", t.total / result.seconds))
            print(String(format: "  peak memory: %.1f MB", report.peakMemoryMB))
            if build == "debug" { print("  warning: debug build; benchmark numbers are only meaningful in release (-c release)") }
        }
    }
}
