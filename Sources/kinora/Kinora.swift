import ArgumentParser

@main
struct Kinora: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinora",
        abstract: "Kinora: prompt to short video with synchronized sound, made by a simulation engine.",
        version: "0.1.0",
        subcommands: [Generate.self, StoryboardCommand.self, Stills.self, Bench.self])
}
