import ArgumentParser
import Foundation
import Physics

extension Bench {
    /// The physics engine alone: the accuracy cases the tests hold it to, each against its
    /// analytic answer, then the wall time of a busy scene.
    struct PhysicsEngine: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "physics",
            abstract: "Check the physics engine against analytic answers and time a busy scene.",
            discussion: """
                Prints one row per measured quantity of the physics tests' accuracy cases (measured,
                analytic, error, tolerance), then the wall time of 200 falling bodies, 2,000
                particles and a 30x30 flag in the wind, together and each alone. Example:
                  swift build -c release --product kinora && .build/release/kinora bench physics
                """)

        @Option(help: "Scene time of the performance scene, seconds (1 to 60).")
        var seconds: Double = 10

        @Flag(help: "Print the result as JSON.")
        var json = false

        func validate() throws {
            guard seconds >= 1, seconds <= 60 else { throw ValidationError("--seconds \(seconds): must be from 1 to 60") }
        }

        struct CaseReport: Encodable {
            var name: String
            var summary: String
            var wall: Double
            var results: [AccuracyResult]
        }

        struct Report: Encodable {
            var cases: [CaseReport]
            var passed: Bool
            var performance: [PerformanceScene.Timing]
            var build: String
        }

        func run() throws {
            let cases = AccuracyCase.all.map { c in
                let start = Date()
                let results = c.run()
                return CaseReport(name: c.name, summary: c.summary, wall: Date().timeIntervalSince(start), results: results)
            }
            #if DEBUG
            let build = "debug"
            #else
            let build = "release"
            #endif
            let passed = cases.allSatisfy { $0.results.allSatisfy(\.passed) }
            let parts: [PerformanceScene.Parts] = [.all, .bodies, .particles, .cloth]
            let performance = parts.map { PerformanceScene.run($0, seconds: seconds) }
            if json {
                try JSONOutput.print(Report(cases: cases, passed: passed, performance: performance, build: build))
            } else {
                printTable(cases)
                print(passed ? "all accuracy cases pass" : "SOME ACCURACY CASES FAIL")
                print("")
                print(String(format: "performance: %.0f s of scene time at 60 fps, \(build) build", seconds))
                for t in performance {
                    print(
                        "  " + t.parts.padding(toLength: 10, withPad: " ", startingAt: 0)
                            + String(format: "%7.3f s wall  %7.3f s CPU  %6.3f × real time   (%d bodies, %d particles, %d cloth particles)",
                                     t.wall, t.cpu, t.wall / t.seconds, t.bodies, t.particles, t.clothParticles))
                }
                if build == "debug" { print("warning: debug build; timings are only meaningful in release (-c release)") }
            }
            if !passed { throw ExitCode(1) }
        }

        private func printTable(_ cases: [CaseReport]) {
            func pad(_ s: String, _ n: Int) -> String { s.padding(toLength: max(n, s.count), withPad: " ", startingAt: 0) }
            print(pad("case", 19) + pad("quantity", 32) + pad("measured", 14) + pad("analytic", 14) + pad("error", 12) + pad("tolerance", 12) + "ok")
            for c in cases {
                for r in c.results {
                    let unit = r.unit.isEmpty ? "" : " " + r.unit
                    let expected = (r.measure == .atMost ? "≤ " : "") + String(format: "%.5g", r.expected) + unit
                    let error = r.measure == .relative ? String(format: "%.3f %%", r.error * 100) : String(format: "%.3g", r.error) + unit
                    let tolerance = r.measure == .relative ? String(format: "%.3g %%", r.tolerance * 100) : String(format: "%.3g", r.tolerance) + unit
                    print(
                        pad(c.name, 19) + pad(r.quantity, 32) + pad(String(format: "%.5g", r.measured) + unit, 14)
                            + pad(expected, 14) + pad(error, 12) + pad(tolerance, 12) + (r.passed ? "yes" : "NO"))
                }
            }
        }
    }
}
