public import Foundation

/// Runs ffprobe on a file and reads its JSON report into a ``ProbeResult``.
public enum Probe {
    /// Probes streams and container, counting frames by decoding (exact, but reads the whole file).
    public static func run(_ url: URL, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ProbeResult {
        let ffprobe = try FFmpegLocator.ffprobe(environment: environment)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw MediaError(.io, "\(url.path): file not found or not readable")
        }
        let json = try ChildProcess.run(ffprobe, [
            "-hide_banner", "-loglevel", "error",
            "-show_streams", "-show_format", "-count_frames",
            "-of", "json", url.path,
        ])
        let report: Report
        do {
            report = try JSONDecoder().decode(Report.self, from: Data(json))
        } catch {
            throw MediaError(.malformed, "\(url.lastPathComponent): unreadable ffprobe report: \(error)")
        }
        let video = report.streams?.first { $0.codec_type == "video" }
        let audio = report.streams?.first { $0.codec_type == "audio" }
        let formatName = report.format?.format_name ?? ""
        let isMP4 = formatName.split(separator: ",").contains("mp4")
        return ProbeResult(
            videoCodec: video?.codec_name,
            width: video?.width,
            height: video?.height,
            pixFmt: video?.pix_fmt,
            fps: video?.r_frame_rate.flatMap(rate),
            frameCount: (video?.nb_read_frames).flatMap { Int($0) } ?? (video?.nb_frames).flatMap { Int($0) },
            videoDuration: (video?.duration).flatMap { Double($0) },
            colorSpace: video?.color_space,
            colorPrimaries: video?.color_primaries,
            colorTransfer: video?.color_transfer,
            colorRange: video?.color_range,
            audioCodec: audio?.codec_name,
            sampleRate: (audio?.sample_rate).flatMap { Int($0) },
            channels: audio?.channels,
            audioDuration: (audio?.duration).flatMap { Double($0) },
            formatName: formatName,
            duration: (report.format?.duration).flatMap { Double($0) },
            tags: report.format?.tags ?? [:],
            faststart: isMP4 ? ((try? MP4Boxes.isFaststart(url)) ?? false) : false
        )
    }

    /// Container duration in seconds, read from the header only (fast); nil when the container has none.
    static func duration(_ url: URL, environment: [String: String]) throws -> Double? {
        let ffprobe = try FFmpegLocator.ffprobe(environment: environment)
        let text = try ChildProcess.run(ffprobe, [
            "-hide_banner", "-loglevel", "error", "-show_entries", "format=duration", "-of", "default=noprint_wrappers=1:nokey=1", url.path,
        ])
        return Double(String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `"30000/1001"` → 29.97; nil for `0/0`.
    static func rate(_ text: String) -> Double? {
        let parts = text.split(separator: "/")
        guard let n = parts.first.flatMap({ Double($0) }) else { return nil }
        let d = parts.count > 1 ? Double(parts[1]) ?? 0 : 1
        return d != 0 ? n / d : nil
    }

    /// The subset of ffprobe's JSON we read; ffprobe writes most numbers as strings.
    private struct Report: Decodable {
        var streams: [Stream]?
        var format: Format?
    }

    private struct Stream: Decodable {
        var codec_type: String?
        var codec_name: String?
        var width: Int?
        var height: Int?
        var pix_fmt: String?
        var r_frame_rate: String?
        var nb_frames: String?
        var nb_read_frames: String?
        var duration: String?
        var color_space: String?
        var color_primaries: String?
        var color_transfer: String?
        var color_range: String?
        var sample_rate: String?
        var channels: Int?
    }

    private struct Format: Decodable {
        var format_name: String?
        var duration: String?
        var tags: [String: String]?
    }
}
