import Foundation
import Media
import Testing

struct FFmpegArgumentsTests {
    let temp = URL(fileURLWithPath: "/out/.clip.mp4.partial-1-1.mp4")

    func settings(_ quality: EncodeQuality = .standard, audio: Bool, frames: Int = 100, fps: Int = 24) -> EncodeSettings {
        EncodeSettings(
            format: VideoFormat(width: 720, height: 1280, fps: fps),
            frameCount: frames,
            quality: quality,
            audio: audio ? URL(fileURLWithPath: "/in/mix.wav") : nil,
            output: URL(fileURLWithPath: "/out/clip.mp4"),
            metadata: ["title": "Corgi", "comment": "made by kinora"]
        )
    }

    /// The value following `flag` (first occurrence), or nil.
    func value(_ args: [String], _ flag: String) -> String? {
        guard let i = args.firstIndex(of: flag), i + 1 < args.count else { return nil }
        return args[i + 1]
    }

    /// True when `run` appears as a contiguous run inside `args`.
    func contains(_ args: [String], _ run: [String]) -> Bool {
        guard args.count >= run.count else { return false }
        return (0...(args.count - run.count)).contains { Array(args[$0..<$0 + run.count]) == run }
    }

    @Test(arguments: EncodeQuality.allCases)
    func silentVideo(quality: EncodeQuality) {
        let args = FFmpegArguments.encode(settings(quality, audio: false), temporaryOutput: temp)
        #expect(contains(args, ["-f", "rawvideo", "-pix_fmt", "rgba", "-s", "720x1280", "-r", "24", "-i", "-"]))
        #expect(contains(args, ["-map", "0:v:0"]))
        #expect(!args.contains("1:a:0") && !args.contains("-c:a") && !args.contains("-t") && !args.contains("/in/mix.wav"))
        #expect(args.filter { $0 == "-i" }.count == 1)
        #expect(value(args, "-c:v") == "libx264")
        #expect(value(args, "-preset") == quality.x264Preset)
        #expect(value(args, "-crf") == "\(quality.crf)")
        #expect(args.last == temp.path)
        #expect(args.suffix(3) == ["-f", "mp4", temp.path])
    }

    @Test func cheaperQualitiesUseNoSlowerPresetsAndHigherCRF() {
        let presets = ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow"]
        let order = EncodeQuality.allCases.map { presets.firstIndex(of: $0.x264Preset) ?? -1 }
        #expect(!order.contains(-1))
        #expect(order == order.sorted())
        #expect(order.first != order.last)
        #expect(EncodeQuality.draft.crf > EncodeQuality.standard.crf && EncodeQuality.standard.crf > EncodeQuality.high.crf)
    }

    @Test func colourIsBT709LimitedRangeEndToEnd() {
        let args = FFmpegArguments.encode(settings(audio: false), temporaryOutput: temp)
        #expect(value(args, "-vf") == "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p")
        #expect(value(args, "-pix_fmt", after: "-c:v") == "yuv420p")
        #expect(contains(args, ["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv"]))
    }

    @Test func containerFlags() {
        let args = FFmpegArguments.encode(settings(audio: false), temporaryOutput: temp)
        #expect(value(args, "-movflags") == "+faststart")
        #expect(value(args, "-video_track_timescale") == "90000")
        #expect(value(args, "-map_metadata") == "-1")
        #expect(value(args, "-frames:v") == "100")
        #expect(!args.contains("-t"))
        #expect(value(args, "-loglevel") == "error")
        #expect(args.contains("-nostdin") && args.contains("-y"))
        // Metadata in key order, after -map_metadata -1 so it is not dropped.
        let tags = args.indices.filter { args[$0] == "-metadata" }.map { args[$0 + 1] }
        #expect(tags == ["comment=made by kinora", "title=Corgi"])
        #expect(args.firstIndex(of: "-map_metadata")! < args.firstIndex(of: "-metadata")!)
    }

    @Test func withAudioMapsMuxesAndCutsToExactDuration() {
        let args = FFmpegArguments.encode(settings(audio: true, frames: 100, fps: 24), temporaryOutput: temp)
        #expect(contains(args, ["-i", "-", "-i", "/in/mix.wav"]))
        #expect(contains(args, ["-map", "0:v:0", "-map", "1:a:0"]))
        #expect(contains(args, ["-c:a", "aac", "-b:a", "192k", "-ar", "48000", "-ac", "2"]))
        #expect(value(args, "-af") == "apad")
        // 100 / 24 s = 4.1666… s, rounded up to the microsecond so the last frame is never cut.
        #expect(value(args, "-t") == "4.166667")
        #expect(!args.contains("-shortest"))
        // -frames:v would end the audio stream too as soon as the last frame is encoded.
        #expect(!args.contains("-frames:v"))
        // Output options come after both inputs.
        #expect(args.lastIndex(of: "-i")! < args.firstIndex(of: "-c:v")!)
    }

    @Test func exactDurationsPrintWithoutRounding() {
        let one = FFmpegArguments.encode(settings(audio: true, frames: 24, fps: 24), temporaryOutput: temp)
        #expect(value(one, "-t") == "1.000000")
        let long = FFmpegArguments.encode(settings(audio: true, frames: 1801, fps: 60), temporaryOutput: temp)
        #expect(value(long, "-t") == "30.016667")
    }

    func value(_ args: [String], _ flag: String, after anchor: String) -> String? {
        guard let start = args.firstIndex(of: anchor) else { return nil }
        return value(Array(args[start...]), flag)
    }
}
