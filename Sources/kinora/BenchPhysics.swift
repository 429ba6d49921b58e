import ArgumentParser
import Foundation
import Physics

extension Bench {
    /// The physics engine alone: the accuracy cases the tests hold it to, each against its
    /// analytic answer.
    struct PhysicsEngine: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "physics",
            abstract: "Check the physics engine against analytic answers (the physics tests' accuracy cases).",
            discussion: """
                Prints one row per measured quantity: measured, analytic, error and tolerance. Example:
                  swift build -c release --product kinora && .build/release/kinora bench physics
                """)

        @Flag(help: "Print the result as JSON.")
        var json = false

        struct CaseReport: Encodable {
            var name: String
            var summary: String
            var wall: Double
            var results: [AccuracyResult]
        }

        struct Report: Encodable {
            var cases: [CaseReport]
            var passed: Bool
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
            if json {
                try JSONOutput.print(Report(cases: cases, passed: passed, build: build))
            } else {
                printTable(cases)
                print(passed ? "all accuracy cases pass" : "SOME ACCURACY CASES FAIL")
                if build == "debug" { print("warning: debug build; timings are only meaningful in release (-c release)") }
            }
            if !passed { throw ExitCode(1) }
        }

        private func printTable(_ cases: [CaseReport]) {
            func pad(_ s: String, _ n: Int) -> String { s.padding(toLength: max(n, s.count), withPad: " ", startingAt: 0) }
            print(pad("case", 19) + pad("quantity", 30) + pad("measured", 14) + pad("analytic", 14) + pad("error", 12) + pad("tolerance", 12) + "ok")
            for c in cases {
                for r in c.results {
                    let unit = r.unit.isEmpty ? "" : " " + r.unit
                    let error = r.measure == .relative ? String(format: "%.3f %%", r.error * 100) : String(format: "%.3g", r.error) + unit
                    let tolerance = r.measure == .relative ? String(format: "%.3g %%", r.tolerance * 100) : String(format: "%.3g", r.tolerance) + unit
                    print(
                        pad(c.name, 19) + pad(r.quantity, 30) + pad(String(format: "%.5g", r.measured) + unit, 14)
                            + pad(String(format: "%.5g", r.expected) + unit, 14) + pad(error, 12) + pad(tolerance, 12) + (r.passed ? "yes" : "NO"))
                }
            }
        }
    }
}
