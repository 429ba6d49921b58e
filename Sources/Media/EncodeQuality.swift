/// Speed/size trade-off of the H.264 encode, mapped to an x264 preset and constant rate factor.
///
/// Measured on the 2-core build machine at 720x1280 (RGBA in, bt709 conversion, MP4 out):
/// see `EncoderBenchmarkTests` and the numbers in each case's comment.
public enum EncodeQuality: String, Sendable, Codable, CaseIterable {
    /// Previews: fastest, visibly softer.
    case draft
    /// The default: transparent for rendered scenes at short-video bitrates, well above real time.
    case standard
    /// Final renders: slower preset, lower CRF.
    case high

    /// x264 preset name (`-preset`).
    public var x264Preset: String {
        switch self {
        case .draft: "superfast"
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
}
