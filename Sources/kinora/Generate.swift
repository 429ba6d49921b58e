import ArgumentParser
import Director
import Foundation
import Screenwriter
import Storyboard

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a video with sound from a prompt (or an edited storyboard).",
        discussion: """
            Examples:
              kinora generate "a red ball bounces on a beach at sunset" --seconds 4 -o ball.mp4
              kinora generate "a man says \\"hello\\" in a park" --style cartoon -o hello.mp4 --thumbnail hello.webp
              kinora generate --storyboard edited.json -o remix.mp4
            """)

    @Argument(help: "What should happen, in plain words.")
    var prompt: String?

    @Option(name: [.short, .customLong("output")], help: "Where to write the MP4.")
    var output: String

    @OptionGroup var flags: RenderFlags

    @Option(help: "Render this storyboard JSON instead of a prompt.")
    var storyboard: String?

    @Option(help: "Also write the storyboard used, as JSON.")
    var storyboardOut: String?

    @Option(help: "Write a thumbnail (.webp or .jpg) from the middle of the video.")
    var thumbnail: String?

    @Option(help: "Write the trace JSON: per-frame poses, contacts, dialogue, phonemes.")
    var trace: String?

    @Option(help: "The creator's handle, shown in the visible watermark and named in the credentials (default: KINORA_CREATOR or @ and your login name).")
    var creator: String?

    @Flag(help: "Print the result as one JSON object on stdout.")
    var json = false

    @Flag(help: "No progress on stderr.")
    var quiet = false

    func validate() throws {
        if prompt == nil && storyboard == nil { throw ValidationError("give a prompt or --storyboard FILE") }
        if prompt != nil && storyboard != nil { throw ValidationError("give a prompt or --storyboard FILE, not both") }
        if let prompt, prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("the prompt is empty") }
    }

    func run() throws {
        let started = Date()
        var board = try loadStoryboard()
        let parse = Date().timeIntervalSince(started)
        if let style = flags.style, let s = Style(rawValue: style) { board.style = s }
        let (w, h) = try flags.dimensions
        var options = RenderOptions(
            width: w, height: h, fps: flags.fps, quality: flags.quality, output: absolute(output),
            thumbnail: thumbnail.map(absolute), trace: trace.map(absolute))
        let boardOut = storyboardOut.map(absolute)
        let display = ProgressDisplay(quiet: quiet)
        let interrupt = Interrupt()
        let result: RenderResult
        do {
            options.provenance = ProvenanceOptions(creator: creator ?? StudioKeys.defaultCreator, signing: try StudioKeys.signingIdentity())
            try Director.validate(options)
            if let boardOut { try OutputPaths.check(boardOut, flag: "--storyboard-out", others: options) }
            result = try Director().render(board, options: options, parseSeconds: parse, isCancelled: { interrupt.requested }) { display.show($0) }
            // Written last: a failed render leaves no file behind.
            if let boardOut { try board.encoded().write(to: boardOut, options: .atomic) }
        } catch {
            if interrupt.requested { throw ExitCode(130) }
            throw CLIError("\(error)")
        }
        if json {
            try JSONOutput.print(result)
        } else if !quiet {
            print("wrote \(result.output) (\(result.size), \(result.frames) frames at \(result.fps) fps, \(String(format: "%.1f", result.timings.total)) s)")
        }
    }

    private func loadStoryboard() throws -> Storyboard {
        guard let path = storyboard else {
            return Screenwriter().write(prompt ?? "", seconds: flags.length, seed: flags.seed ?? 1).0
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("--storyboard \(path): cannot read the file") }
        do {
            var board = try Storyboard.decode(data)
            // Flags given explicitly override the storyboard; times scale with a new length.
            if let seconds = flags.seconds {
                board = board.retimed(to: seconds)
                try board.validate()
            }
            if let seed = flags.seed { board.seed = seed }
            return board
        } catch {
            throw CLIError("--storyboard \(path): \(error)")
        }
    }
}

func absolute(_ path: String) -> URL {
    URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
}

/// A failure reported as one line on stderr with exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
