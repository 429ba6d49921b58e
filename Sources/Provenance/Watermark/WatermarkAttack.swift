public import Foundation
import Media

/// One transformation a marked video must survive, as an ffmpeg re-encode: the protocol of the
/// provenance spec (libx264 `-preset medium -pix_fmt yuv420p`), shared by the tests and `kinora bench watermark`.
public struct WatermarkAttack: Sendable, Hashable, Codable {
    /// Short name for reports, e.g. `crf28`, `downscale50`.
    public var name: String
    /// ffmpeg video filter chain applied before encoding, if any.
    public var filter: String?
    public var crf: Int
    /// Seconds skipped at the start and kept after it (a trimmed excerpt), if any.
    public var excerpt: ClosedRange<Double>?

    public init(name: String, filter: String? = nil, crf: Int = 23, excerpt: ClosedRange<Double>? = nil) {
        self.name = name
        self.filter = filter
        self.crf = crf
        self.excerpt = excerpt
    }

    /// Re-encoding at constant rate factor `crf`.
    public static func reencode(crf: Int) -> Self { Self(name: "crf\(crf)", crf: crf) }
    /// Halving width and height, then CRF 23.
    public static let downscale = Self(name: "downscale50", filter: "scale=trunc(iw/4)*2:trunc(ih/4)*2")
    /// Keeping 84.3 % of each side (71 % of the area) at an offset that is not a multiple of the tile or a chip.
    public static let crop = Self(name: "crop71", filter: "crop=trunc(iw*0.843/2)*2:trunc(ih*0.843/2)*2:37:53")
    /// Resampling to 30 fps (24 → 30 duplicates every fourth frame).
    public static let frameRate = Self(name: "fps30", filter: "fps=30")
    /// Brighter and more contrasted.
    public static let brightnessContrast = Self(name: "eq", filter: "eq=brightness=0.08:contrast=1.25")
    /// A 2-second excerpt starting half a second in.
    public static let excerpt = Self(name: "excerpt2s", excerpt: 0.5...2.5)

    /// Everything `kinora bench watermark` measures, in report order.
    public static let benchmark: [Self] = [23, 28, 33, 38].map(reencode) + [downscale, crop, frameRate, excerpt, brightnessContrast]

    /// ffmpeg arguments (without the executable) that write the attacked `input` to `output`.
    public func arguments(input: URL, output: URL) -> [String] {
        let trim = excerpt.map { ["-ss", "\($0.lowerBound)", "-t", "\($0.upperBound - $0.lowerBound)"] } ?? []
        return ["-hide_banner", "-loglevel", "error", "-nostdin", "-y"] + trim + ["-i", input.path, "-map", "0:v:0", "-an"]
            + (filter.map { ["-vf", $0] } ?? [])
            + ["-c:v", "libx264", "-preset", "medium", "-crf", "\(crf)", "-pix_fmt", "yuv420p", "-threads", "4", output.path]
    }

    /// Runs ffmpeg; throws ``WatermarkError`` with ffmpeg's message if it fails.
    public func apply(input: URL, output: URL, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let process = Process()
        process.executableURL = try FFmpegLocator.ffmpeg(environment: environment)
        process.arguments = arguments(input: input, output: output)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Read stderr to its end (ffmpeg's exit) before waiting, so a full pipe can never block ffmpeg.
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw WatermarkError("attack \(name) on \(input.lastPathComponent) failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}
