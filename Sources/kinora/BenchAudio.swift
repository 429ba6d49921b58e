import ArgumentParser
import Director
import Foundation

extension Bench {
    /// The soundtrack alone on a busy fixed scene.
    struct Audio: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the soundtrack of a busy scene: impacts every 100 ms, footsteps, dialogue in three languages, surf and music.")

        @Option(help: "Length of the soundtrack in seconds, 1 to 60.")
        var seconds: Double = 10

        @Flag(help: "Print the result as JSON.")
        var json = false

        func validate() throws {
            guard seconds >= 1, seconds <= 60 else { throw ValidationError("--seconds \(seconds): must be from 1 to 60") }
        }

        func run() throws {
            let result: AudioBenchmark.Result
            do { result = try AudioBenchmark.run(seconds: seconds) } catch { throw CLIError("\(error)") }
            if json {
                try JSONOutput.print(result)
            } else {
                print(String(format: "soundtrack of %.0f s (busy scene): %.3f s wall, %.3f × real time; %.1f LUFS, %.1f dBTP",
                             result.seconds, result.wall, result.wall / result.seconds, result.integratedLUFS, result.truePeakDBTP))
            }
        }
    }
}
