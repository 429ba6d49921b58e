import ArgumentParser
import Foundation
import Screenwriter
import Storyboard

struct StoryboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyboard",
        abstract: "Show the storyboard a prompt becomes, and what became of every word.")

    @Argument(help: "The prompt.")
    var prompt: String

    @Option(help: "Length in seconds, 1 to 60.")
    var seconds: Double = 8

    @Option(help: "Seed.")
    var seed: UInt64 = 1

    @Flag(help: "One JSON object: {\"storyboard\": …, \"report\": …}.")
    var json = false

    func validate() throws {
        guard seconds >= 1, seconds <= 60 else { throw ValidationError("--seconds \(seconds): must be from 1 to 60") }
    }

    struct Output: Encodable {
        var storyboard: Storyboard
        var report: RealizationReport
    }

    func run() throws {
        let (board, report) = Screenwriter().write(prompt, seconds: seconds, seed: seed)
        if json {
            try JSONOutput.print(Output(storyboard: board, report: report))
        } else {
            print(String(decoding: board.encoded(), as: UTF8.self))
            print("\nWhat became of each word:")
            print(report.text)
        }
    }
}
