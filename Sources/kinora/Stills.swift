import ArgumentParser
import Director
import Foundation
import Media
import Screenwriter
import Storyboard

/// A contact sheet: frames spread evenly over a video, tiled into one PNG to look at.
struct Stills: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a contact sheet (PNG) of a video, or of a prompt rendered for it.",
        discussion: """
            Examples:
              kinora stills ball.mp4 --out sheet.png
              kinora stills "a red ball bounces on a beach at sunset" --style noir --out sheet.png
            """)

    @Argument(help: "An MP4 to sample, or a prompt to render first.")
    var input: String

    @Option(help: "Where to write the PNG.")
    var out: String

    @Option(help: "How many frames, 1 to 64.")
    var count: Int = 12

    @Option(help: "Frames per row, 1 to 16.")
    var columns: Int = 6

    @Option(help: "Width of each frame on the sheet, 16 to 1920 pixels (height follows the video).")
    var tile: Int = 180

    @OptionGroup var flags: RenderFlags

    @Flag(help: "No progress on stderr.")
    var quiet = false

    func validate() throws {
        guard (1...64).contains(count) else { throw ValidationError("--count \(count): must be from 1 to 64") }
        guard (1...16).contains(columns) else { throw ValidationError("--columns \(columns): must be from 1 to 16") }
        guard (16...1920).contains(tile) else { throw ValidationError("--tile \(tile): must be from 16 to 1920") }
        guard out.lowercased().hasSuffix(".png") else { throw ValidationError("--out \(out): the sheet is a PNG; the name must end in .png") }
    }

    func run() throws {
        let sheet = absolute(out)
        do {
            try OutputPaths.check(RenderOptions(output: sheet))
            var video = absolute(input)
            var work: URL? = nil
            defer { if let work { try? FileManager.default.removeItem(at: work) } }
            if !FileManager.default.fileExists(atPath: video.path) {
                // Not a file: a prompt. Render it into a private folder beside the sheet.
                let folder = sheet.deletingLastPathComponent().appendingPathComponent(".kinora-stills-\(ProcessInfo.processInfo.processIdentifier)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
                work = folder
                video = folder.appendingPathComponent("video.mp4")
                var (board, _) = Screenwriter().write(input, seconds: flags.seconds ?? 4, seed: flags.seed ?? 1)
                if let style = flags.style, let s = Style(rawValue: style) { board.style = s }
                let (w, h) = try flags.dimensions
                let display = ProgressDisplay(quiet: quiet)
                _ = try Director().render(board, options: RenderOptions(width: w, height: h, fps: flags.fps, quality: flags.quality, output: video), progress: { display.show($0) })
            }
            let probe = try Probe.run(video)
            guard let vw = probe.width, let vh = probe.height, let frames = probe.frameCount, frames > 0 else {
                throw CLIError("\(input): no video stream to sample")
            }
            // Even tile height, keeping the video's aspect.
            let tileHeight = max(2, Int((Double(tile) * Double(vh) / Double(vw) / 2).rounded()) * 2)
            let step = max(1, frames / count)
            let picked = Array(try Decode.frames(video, width: tile, height: tileHeight, every: step).prefix(count))
            try ContactSheet.write(frames: picked, width: tile, height: tileHeight, columns: columns, to: sheet)
            if !quiet { print("wrote \(sheet.path) (\(picked.count) frames of \(input.count > 60 ? String(input.prefix(57)) + "…" : input))") }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("\(error)")
        }
    }
}
