/// What ``WatermarkDetector`` found in a video, with the evidence behind the decision.
///
/// The decision: the payload decoded at one of the candidate alignments must match its own CRC-32
/// (all 32 check bits). For an unmarked video the decoded bits are whitened noise, so each candidate
/// passes with probability 2⁻³²; ``falsePositiveBound`` is that times the number of candidates tried.
public struct WatermarkDetection: Sendable, Codable, Equatable {
    /// True when a payload was decoded and its CRC-32 matched.
    public var found: Bool
    /// The decoded payload, when found.
    public var payload: WatermarkPayload?
    /// How sure we are that the video is marked, 0…1: `1 − falsePositiveBound` when found; otherwise
    /// `1 − p` for the pilot peak alone (p: chance that an unmarked video has a pilot peak this high
    /// somewhere among all shifts and scales), so a mark too damaged to read still shows as likely.
    public var confidence: Double
    /// Upper bound on the probability that an unmarked video is reported as marked (the threshold's bound).
    public var falsePositiveBound: Double
    /// z-value of the chosen pilot peak against all other shifts (≈ 3–4.5 on unmarked video).
    public var pilotScore: Double
    /// Fraction of channel bits whose hard decision agrees with the re-encoded decoded message: close to
    /// the raw bit accuracy on marked video; ≈ 0.8 on unmarked video, because Viterbi picks the codeword
    /// nearest to the noise.
    public var channelAgreement: Double
    /// The 64 decoded payload bits as hex (also when the CRC failed), for measuring bit accuracy.
    public var messageHex: String
    /// Hard decisions of the 204 channel bits as hex (zero-padded to 208 bits), for measuring raw accuracy.
    public var channelHex: String
    /// Frames folded into the accumulator.
    public var framesUsed: Int
    /// Embedding-size pixels per decoded pixel of the chosen hypothesis (1, 1.5 or 2).
    public var scale: Double
    /// Cyclic shift of the tile grid in the fold, in embedding-size pixels (0…127).
    public var shiftX: Int
    public var shiftY: Int
}
