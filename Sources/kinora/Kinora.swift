import ArgumentParser
import Director

@main
struct Kinora: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinora",
        abstract: "Kinora: prompt to short video with synchronized sound, made by a simulation engine.",
        version: KinoraVersion.string,
        subcommands: [Generate.self, StoryboardCommand.self, Stills.self, Verify.self, Bench.self])
}
