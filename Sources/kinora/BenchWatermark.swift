import ArgumentParser
import Director
import Foundation
import Media
import Provenance
import Screenwriter

extension Bench {
    /// The invisible watermark on rendered dev prompts: quality, robustness per attack, false positives, cost.
    struct Watermark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "watermark",
            abstract: "PSNR, bit accuracy after re-encoding and other attacks, false positives and cost of the invisible watermark.",
            discussion: """
                Per prompt: renders it (the unmarked reference), decodes its frames, embeds a payload, encodes
                the marked video like the Director (CRF 21), applies every attack (libx264 -preset medium:
                CRF 23/28/33/38, 50 % downscale, 71 % crop, 30 fps, 2 s excerpt, brightness/contrast) and
                detects. Unmarked references, plain and at CRF 28, count false positives. Example:
                  swift build -c release --product kinora && .build/release/kinora bench watermark --limit 10
                """)

        @Option(help: "Prompt file, one prompt a line, # for comments.")
        var prompts = "../shared/prompts/dev.txt"

        @Option(help: "Number of prompts to use, from the top of the file.")
        var limit = 10

        @Option(help: "Seconds per clip (at least 2.5, for the 2-second excerpt).")
        var seconds: Double = 3

        @Option(help: "WxH of the renders.")
        var size = "720x1280"

        @Flag(help: "Print the results as JSON lines: one per prompt, then the summary.")
        var json = false

        struct AttackResult: Encodable {
            var attack: String
            /// Decoded payload bits equal to the embedded ones, of 64.
            var bitAccuracy: Double
            /// Channel bits (before error correction) equal to the embedded ones, of 204.
            var rawAccuracy: Double
            var found: Bool
            var pilotScore: Double
        }

        struct PromptResult: Encodable {
            var prompt: String
            var frames: Int
            var psnrY: Double
            var embedMsPerFrame: Double
            var generateMsPerFrame: Double
            /// CPU time of this process (all threads), which a busy shared machine does not inflate.
            var embedCPUMsPerFrame: Double
            var generateCPUMsPerFrame: Double
            var attacks: [AttackResult]
            /// Detections on the unmarked reference and its CRF 28 re-encode that reported a mark.
            var falsePositives: Int
            var unmarkedPilotScores: [Double]
        }

        struct Summary: Encodable {
            struct Row: Encodable {
                var attack: String
                var meanBitAccuracy: Double
                var minBitAccuracy: Double
                var meanRawAccuracy: Double
                var foundRate: Double
            }
            var prompts: Int
            var size: String
            var seconds: Double
            var meanPSNRY: Double
            var minPSNRY: Double
            var embedMsPerFrame: Double
            var generateMsPerFrame: Double
            var embedCPUMsPerFrame: Double
            var generateCPUMsPerFrame: Double
            var rows: [Row]
            var unmarkedClips: Int
            var falsePositives: Int
            var falsePositiveBound: Double
            var build: String
        }

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit \(limit): must be at least 1") }
            guard seconds >= 2.5, seconds <= 20 else { throw ValidationError("--seconds \(seconds): must be from 2.5 to 20") }
            _ = try VideoFormat.parseSize(size)
        }

        func run() throws {
            guard let text = try? String(contentsOfFile: prompts, encoding: .utf8) else {
                throw ValidationError("--prompts \(prompts): cannot read the file")
            }
            let list = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }.prefix(limit)
            let (width, height) = try VideoFormat.parseSize(size)
            let dir = FileManager.default.temporaryDirectory
                .appendingPathComponent("kinora-bench-watermark-\(ProcessInfo.processInfo.processIdentifier)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            var results: [PromptResult] = []
            for (index, prompt) in list.enumerated() {
                let result = try measure(prompt, payload: WatermarkPayload(issuer: 7, videoID: UInt64(1000 + index), aiGenerated: true),
                                         width: width, height: height, in: dir)
                results.append(result)
                if json {
                    try JSONOutput.print(result)
                } else {
                    let accuracies = result.attacks.map { String(format: "%@ %.3f%@", $0.attack, $0.bitAccuracy, $0.found ? "" : "✗") }
                    let head = String(format: "%2d. PSNR-Y %.2f dB, embed %.2f ms/frame, FP %d | ",
                                      index + 1, result.psnrY, result.embedMsPerFrame, result.falsePositives)
                    print(head + accuracies.joined(separator: ", ") + " | \(prompt)")
                }
            }
            let summary = summarize(results, size: size)
            if json { return try JSONOutput.print(summary) }
            print(String(format: "\n%d prompts, %@, %.1f s each, %@ build", summary.prompts, summary.size, summary.seconds, summary.build))
            print(String(format: "PSNR-Y marked vs unmarked: mean %.2f dB, min %.2f dB", summary.meanPSNRY, summary.minPSNRY))
            print(String(format: "embedding %.2f ms/frame vs generation %.1f ms/frame wall (%.1f %%); CPU %.2f vs %.1f ms/frame (%.1f %%)",
                         summary.embedMsPerFrame, summary.generateMsPerFrame, 100 * summary.embedMsPerFrame / summary.generateMsPerFrame,
                         summary.embedCPUMsPerFrame, summary.generateCPUMsPerFrame, 100 * summary.embedCPUMsPerFrame / summary.generateCPUMsPerFrame))
            print("attack        bit accuracy mean / min   raw channel mean   found")
            for row in summary.rows {
                print(row.attack.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + String(format: "%.4f / %.4f          %.4f             %.2f",
                             row.meanBitAccuracy, row.minBitAccuracy, row.meanRawAccuracy, row.foundRate))
            }
            print(String(format: "false positives: %d of %d unmarked clips; threshold bound %.2e",
                         summary.falsePositives, summary.unmarkedClips, summary.falsePositiveBound))
        }

        private func measure(_ prompt: String, payload: WatermarkPayload, width: Int, height: Int, in dir: URL) throws -> PromptResult {
            let reference = dir.appendingPathComponent("reference.mp4"), marked = dir.appendingPathComponent("marked.mp4")
            let attacked = dir.appendingPathComponent("attacked.mp4")
            let (board, _) = Screenwriter().write(prompt, seconds: seconds, seed: 1)
            let render: RenderResult
            let generateStart = Self.cpuMilliseconds()
            // The reference is unmarked: the Director draws both watermarks unless told not to.
            var options = RenderOptions(width: width, height: height, output: reference)
            options.provenance.watermarks = false
            do { render = try Director().render(board, options: options) } catch {
                throw CLIError("\(prompt): \(error)")
            }
            let generateCPU = Self.cpuMilliseconds() - generateStart
            // Embed into the decoded reference frames and encode them as the Director would.
            let frames = try Decode.frames(reference, width: width, height: height)
            let mark = InvisibleWatermark(payload: payload, width: width, height: height)
            let encoder = try VideoEncoder(settings: EncodeSettings(
                format: VideoFormat(width: width, height: height, fps: render.fps), frameCount: frames.count, output: marked))
            var embedSeconds = 0.0, embedCPU = 0.0, squaredError = 0.0
            var rgba = [UInt8](repeating: 255, count: width * height * 4)
            for rgb in frames {
                for i in 0..<width * height { rgba[4 * i] = rgb[3 * i]; rgba[4 * i + 1] = rgb[3 * i + 1]; rgba[4 * i + 2] = rgb[3 * i + 2] }
                let start = Date(), startCPU = Self.cpuMilliseconds()
                rgba.withUnsafeMutableBytes { mark.embed(rgba: $0) }
                embedSeconds += Date().timeIntervalSince(start)
                embedCPU += Self.cpuMilliseconds() - startCPU
                for i in 0..<width * height {
                    let d = 0.2126 * (Double(rgba[4 * i]) - Double(rgb[3 * i])) + 0.7152 * (Double(rgba[4 * i + 1]) - Double(rgb[3 * i + 1]))
                        + 0.0722 * (Double(rgba[4 * i + 2]) - Double(rgb[3 * i + 2]))
                    squaredError += d * d
                }
                try encoder.append(rgba)
            }
            try encoder.finish()
            let truth = WatermarkCodeword.channelBits(payload)
            var attacks: [AttackResult] = []
            for attack in WatermarkAttack.benchmark {
                try attack.apply(input: marked, output: attacked)
                let detection = try WatermarkDetector.detect(video: attacked)
                attacks.append(AttackResult(
                    attack: attack.name,
                    bitAccuracy: Self.agreement(hex: detection.messageHex, with: (0..<64).map { payload.bits >> (63 - $0) & 1 == 1 }),
                    rawAccuracy: Self.agreement(hex: detection.channelHex, with: truth),
                    found: detection.found && detection.payload == payload, pilotScore: detection.pilotScore))
            }
            try WatermarkAttack.reencode(crf: 28).apply(input: reference, output: attacked)
            let unmarked = try [reference, attacked].map { try WatermarkDetector.detect(video: $0) }
            let pixels = Double(frames.count * width * height)
            return PromptResult(
                prompt: prompt, frames: frames.count, psnrY: 10 * log10(255 * 255 / max(squaredError / pixels, 1e-12)),
                embedMsPerFrame: 1000 * embedSeconds / Double(frames.count),
                generateMsPerFrame: 1000 * render.timings.total / Double(render.frames),
                embedCPUMsPerFrame: embedCPU / Double(frames.count), generateCPUMsPerFrame: generateCPU / Double(render.frames),
                attacks: attacks, falsePositives: unmarked.filter(\.found).count, unmarkedPilotScores: unmarked.map(\.pilotScore))
        }

        /// User plus system CPU time of this process so far, in milliseconds.
        private static func cpuMilliseconds() -> Double {
            var usage = rusage()
            getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
            let time = [usage.ru_utime, usage.ru_stime].map { Double($0.tv_sec) * 1000 + Double($0.tv_usec) / 1000 }
            return time[0] + time[1]
        }

        /// Fraction of `bits` equal to the bits of `hex` (most significant first); 0 when `hex` is empty.
        private static func agreement(hex: String, with bits: [Bool]) -> Double {
            let decoded = hex.flatMap { digit in (0..<4).map { (Int(String(digit), radix: 16) ?? 0) >> (3 - $0) & 1 == 1 } }
            guard decoded.count >= bits.count else { return 0 }
            return Double(zip(decoded, bits).filter { $0 == $1 }.count) / Double(bits.count)
        }

        private func summarize(_ results: [PromptResult], size: String) -> Summary {
            let n = Double(results.count)
            let rows = WatermarkAttack.benchmark.indices.map { i in
                let column = results.map { $0.attacks[i] }
                return Summary.Row(
                    attack: column[0].attack, meanBitAccuracy: column.map(\.bitAccuracy).reduce(0, +) / n,
                    minBitAccuracy: column.map(\.bitAccuracy).min() ?? 0, meanRawAccuracy: column.map(\.rawAccuracy).reduce(0, +) / n,
                    foundRate: Double(column.filter(\.found).count) / n)
            }
            #if DEBUG
            let build = "debug"
            #else
            let build = "release"
            #endif
            return Summary(
                prompts: results.count, size: size, seconds: seconds,
                meanPSNRY: results.map(\.psnrY).reduce(0, +) / n, minPSNRY: results.map(\.psnrY).min() ?? 0,
                embedMsPerFrame: results.map(\.embedMsPerFrame).reduce(0, +) / n,
                generateMsPerFrame: results.map(\.generateMsPerFrame).reduce(0, +) / n,
                embedCPUMsPerFrame: results.map(\.embedCPUMsPerFrame).reduce(0, +) / n,
                generateCPUMsPerFrame: results.map(\.generateCPUMsPerFrame).reduce(0, +) / n,
                rows: rows, unmarkedClips: 2 * results.count, falsePositives: results.map(\.falsePositives).reduce(0, +),
                falsePositiveBound: WatermarkDetector.falsePositiveBound, build: build)
        }
    }
}
