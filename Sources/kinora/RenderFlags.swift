public import ArgumentParser
import Director
import Foundation
import Storyboard

/// Flags shared by the commands that render.
struct RenderFlags: ParsableArguments {
    @Option(help: "Length in seconds, 1 to 60 (default 8; with --storyboard, its own length).")
    var seconds: Double?

    @Option(help: "WxH, even, at most 1920 a side: 720x1280 (default), 1280x720, 1080x1920, 1920x1080, 1024x1792, 1792x1024, 720x720.")
    var size: String = "720x1280"

    @Option(help: "Frames per second, 12 to 60.")
    var fps: Int = 24

    @Option(help: "Seed for every random choice; same seed, same video (default 1; with --storyboard, its own seed).")
    var seed: UInt64?

    @Option(help: "Look of the film: \(Style.allowedValues). Overrides the prompt's words.")
    var style: String?

    @Option(help: "draft, standard or high.")
    var quality: RenderOptions.Quality = .standard

    var dimensions: (Int, Int) {
        get throws {
            let parts = size.lowercased().split(separator: "x")
            guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]) else {
                throw ValidationError("--size \(size): expected WxH, e.g. 720x1280")
            }
            return (w, h)
        }
    }

    /// Length for a prompt: the flag, or 8 s.
    var length: Double { seconds ?? 8 }

    func validate() throws {
        if let seconds, !(seconds >= 1 && seconds <= 60) { throw ValidationError("--seconds \(seconds): must be from 1 to 60") }
        let (w, h) = try dimensions
        guard w >= 16, h >= 16, w <= 1920, h <= 1920 else { throw ValidationError("--size \(size): each side must be from 16 to 1920 pixels") }
        guard w % 2 == 0, h % 2 == 0 else { throw ValidationError("--size \(size): width and height must be even (H.264 4:2:0)") }
        guard (12...60).contains(fps) else { throw ValidationError("--fps \(fps): must be from 12 to 60") }
        if let style, Style(rawValue: style) == nil { throw ValidationError("--style \(style): unknown; allowed: \(Style.allowedValues)") }
    }
}

extension RenderOptions.Quality: ExpressibleByArgument {}
