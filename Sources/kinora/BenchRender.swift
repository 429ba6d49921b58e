import ArgumentParser
import Director
import Foundation
import Storyboard

extension Bench {
    /// The rasterizer alone on the fixed standard scene, per style and size.
    struct RenderOnly: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Milliseconds per frame of the rasterizer on a fixed scene, per style and size.",
            discussion: """
                The scene: a walking character among 20 falling and bouncing props in a meadow, sun
                shadows, orbiting camera. Example:
                  swift build -c release && .build/release/kinora bench render
                """)

        @Option(help: "Seconds of the scene to render per measurement.")
        var seconds: Double = 4

        @Option(help: "Styles to measure, comma separated (default: all).")
        var styles: String?

        @Flag(help: "Print the results as JSON lines.")
        var json = false

        struct Row: Encodable {
            var style: String
            var size: String
            var quality: String
            var msPerFrame: Double
            /// Rendering time over real time at 24 fps.
            var ratio: Double
        }

        func validate() throws {
            guard seconds >= 1, seconds <= 60 else { throw ValidationError("--seconds \(seconds): must be from 1 to 60") }
            for name in styleList where Style(rawValue: name) == nil {
                throw ValidationError("--styles \(name): unknown; allowed: \(Style.allowedValues)")
            }
        }

        var styleList: [String] { styles?.split(separator: ",").map { String($0) } ?? Style.allCases.map(\.rawValue) }

        func run() throws {
            var rows: [Row] = []
            func measure(_ style: Style, _ w: Int, _ h: Int, _ quality: RenderOptions.Quality) {
                let ms = RenderBenchmark.millisecondsPerFrame(RenderBenchmark.standardScene(style: style, seconds: seconds), width: w, height: h, quality: quality)
                let row = Row(style: style.rawValue, size: "\(w)x\(h)", quality: quality.rawValue, msPerFrame: ms, ratio: ms / (1000.0 / 24))
                rows.append(row)
                if json {
                    try? JSONOutput.print(row)
                } else {
                    func pad(_ s: String, _ n: Int) -> String { s.padding(toLength: max(n, s.count), withPad: " ", startingAt: 0) }
                    print("  " + pad(row.style, 14) + pad(row.size, 10) + pad(row.quality, 9) + String(format: "%7.2f ms/frame  %5.3f × real time at 24 fps", ms, row.ratio))
                }
            }
            if !json { print("rasterizer on the standard scene (\(seconds) s, 24 fps):") }
            for name in styleList { measure(Style(rawValue: name)!, 720, 1280, .standard) }
            // How cost grows with pixels, and the draft target.
            measure(.cinematic, 360, 640, .draft)
            measure(.cinematic, 360, 640, .standard)
            measure(.cinematic, 1080, 1920, .standard)
            measure(.cinematic, 720, 1280, .high)
        }
    }
}
