import ArgumentParser
import Director

@main
struct Kinora: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinora",
        abstract: "Kinora: prompt to short video with synchronized sound, made by a simulation engine.",
        version: KinoraVersion.string,
        subcommands: [Generate.self, StoryboardCommand.self, Stills.self, Verify.self, Serve.self, Worker.self, Keys.self, Orgs.self, Webhooks.self, Bench.self])
}
