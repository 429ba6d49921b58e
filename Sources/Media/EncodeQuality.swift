/// Speed/size trade-off of the H.264 encode, mapped to an x264 preset and constant rate factor.
///
/// Measured with ffmpeg 5.1 / x264 on the 2-core build machine at 720x1280 (RGBA in, BT.709 conversion,
/// `-threads 4`): on an idle machine `veryfast` encodes about 110–140 fps and `faster` 75–90 fps; `medium`
/// 55–70 fps. On a rendered-looking test scene `superfast` crf 26 made files 2.6× larger than `veryfast`
/// crf 26 for only ~15 % more speed, so drafts keep `veryfast` and save bits with a higher CRF instead.
/// Re-measure with `EncoderBenchmarkTests` (release build).
public enum EncodeQuality: String, Sendable, Codable, CaseIterable {
    /// Previews: same speed class as standard, about 40 % smaller files, visibly softer.
    case draft
    /// The default: transparent for rendered scenes at short-video bitrates, far above real time.
    case standard
    /// Final renders: slower preset, lower CRF.
    case high

    /// x264 preset name (`-preset`).
    public var x264Preset: String {
        switch self {
        case .draft: "veryfast"
        case .standard: "veryfast"
        case .high: "medium"
        }
    }

    /// x264 constant rate factor (`-crf`): lower is better quality and larger files.
    public var crf: Int {
        switch self {
        case .draft: 26
        case .standard: 21
        case .high: 18
        }
    }

    /// Extra x264 settings beyond the preset. Measured at 720x1280 on a rendered beach scene
    /// (96 frames, 2 cores): veryfast 20.6 ms/frame and 536 KB; with `me=dia:subme=1`
    /// 15.1 ms/frame and 514 KB. Final renders keep the preset's own search.
    public var x264Params: String? {
        switch self {
        case .draft, .standard: "me=dia:subme=1"
        case .high: nil
        }
    }
}
