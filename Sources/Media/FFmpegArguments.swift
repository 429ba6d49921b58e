public import Foundation

/// Builds ffmpeg command lines as pure functions so every flag can be unit-tested without running ffmpeg.
public enum FFmpegArguments {
    /// Command line (without the executable) that reads raw RGBA frames on stdin, optionally muxes a WAV,
    /// and writes an H.264/AAC MP4 to `temporaryOutput`.
    ///
    /// Each group of flags below says why it is there. The result lasts exactly `frameCount / fps`
    /// seconds: the encoder feeds exactly `frameCount` frames, and audio is padded with silence and cut at that time.
    public static func encode(_ s: EncodeSettings, temporaryOutput: URL) -> [String] {
        let hasAudio = s.audio != nil
        let groups: [[String]?] = [
            // Quiet unless something goes wrong; stderr is kept for the error message.
            ["-hide_banner", "-loglevel", "error"],
            // Never read keyboard commands from stdin (stdin carries the frames), overwrite the temp file.
            ["-nostdin", "-y"],
            // Input 0: headerless RGBA frames on stdin, so ffmpeg must be told size, layout and rate.
            ["-f", "rawvideo", "-pix_fmt", "rgba", "-s", "\(s.format.width)x\(s.format.height)", "-r", "\(s.format.fps)", "-i", "-"],
            // Input 1: the soundtrack, whatever the WAV's rate and channel count.
            s.audio.map { ["-i", $0.path] },
            // Take exactly the streams we mean (no stray streams from the WAV, e.g. cover art).
            ["-map", "0:v:0"],
            hasAudio ? ["-map", "1:a:0"] : nil,
            // RGB → YUV with the BT.709 matrix in limited (tv) range, matching the tags below;
            // swscale would otherwise use BT.601 and colours would shift in every player.
            ["-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p"],
            // H.264 in 4:2:0 plays everywhere (browsers, phones); preset/crf trade speed for size.
            ["-c:v", "libx264", "-preset", s.quality.x264Preset, "-crf", "\(s.quality.crf)", "-pix_fmt", "yuv420p"],
            // Rendered frames have clean, smooth motion: a diamond search with the quickest
            // subpixel refinement costs a quarter less time for the same size (measured).
            s.quality.x264Params.map { ["-x264-params", $0] },
            // Fixed thread count: x264's output depends on it, so pinning it keeps files bit-identical
            // across machines with different core counts (4 frame threads still saturate 2 cores).
            ["-threads", "4"],
            // Tag the stream as BT.709 limited range so decoders convert back with the same matrix.
            ["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv"],
            // Pad the soundtrack with silence so it never ends before the picture; -t trims it.
            hasAudio ? ["-af", "apad"] : nil,
            // AAC-LC stereo 48 kHz: the web and phone standard; 192 kb/s is transparent for a mix.
            hasAudio ? ["-c:a", "aac", "-b:a", "192k", "-ar", "48000", "-ac", "2"] : nil,
            // Exact length. Silent: stop after frameCount frames. With sound: cut both streams at
            // frameCount/fps seconds instead, because in ffmpeg 5 reaching -frames:v closes *every*
            // stream of the file, truncating audio that is still being encoded.
            hasAudio ? ["-t", seconds(frames: s.frameCount, fps: s.format.fps)] : ["-frames:v", "\(s.frameCount)"],
            // Drop input tags (WAV software tags etc.) so output depends only on the settings.
            ["-map_metadata", "-1"],
            // Our own tags, sorted so the command (and file) never depends on dictionary order.
            s.metadata.keys.sorted().flatMap { ["-metadata", "\($0)=\(s.metadata[$0] ?? "")"] },
            // moov before mdat: playback starts before the whole file is downloaded.
            ["-movflags", "+faststart"],
            // 90 kHz track timescale represents every frame rate 12…60 exactly (no rounded timestamps).
            ["-video_track_timescale", "90000"],
            // The temp name ends in .mp4 but be explicit about the muxer.
            ["-f", "mp4", temporaryOutput.path],
        ]
        return groups.compactMap { $0 }.flatMap { $0 }
    }

    /// `frames / fps` seconds as a decimal string rounded *up* to the microsecond, built with integer
    /// arithmetic so it never prints in exponent form and never cuts off the last frame.
    static func seconds(frames: Int, fps: Int) -> String {
        time(microseconds: (frames * 1_000_000 + fps - 1) / fps)
    }

    /// A non-negative time as `S.ffffff` seconds, the form ffmpeg's `-t` and `-ss` parse exactly.
    static func time(microseconds: Int) -> String {
        let micros = max(0, microseconds)
        let fraction = String(micros % 1_000_000)
        return "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}
