public import Foundation
import Media

/// Reads the invisible watermark back from a video, after re-encoding, rescaling, cropping,
/// frame-rate changes, trimming and brightness/contrast changes.
///
/// ```swift
/// let result = try WatermarkDetector.detect(video: url)
/// if result.found { print(result.payload!) }
/// ```
/// Frames are streamed from ffmpeg and folded into a 128×128 accumulator per scale hypothesis
/// (``WatermarkAccumulator``); then, per hypothesis, the pilot locates the tile grid
/// (``WatermarkAlignment``) and the best ``candidatesPerScale`` alignments are decoded by Viterbi.
/// The first (highest pilot) candidate whose CRC-32 matches is the answer.
public enum WatermarkDetector {
    /// 10 s at 30 fps: enough for any clip; longer videos are read up to this many frames.
    public static let defaultMaxFrames = 300
    /// Alignments decoded per scale hypothesis. More rescues weak marks whose pilot peak is not the
    /// highest, at 2⁻³² false-positive risk each.
    public static let candidatesPerScale = 3
    /// Candidates tried × 2⁻³² (the chance that noise matches a CRC-32): 9 × 2⁻³² ≈ 2.1 × 10⁻⁹.
    public static let falsePositiveBound = Double(WatermarkAccumulator.scales.count * candidatesPerScale) / 4_294_967_296

    /// Detects in a video file, decoding at most `maxFrames` frames with ffmpeg.
    /// - Throws: ``WatermarkError`` when the file is missing, is not a video, or ffmpeg fails.
    public static func detect(
        video: URL, maxFrames: Int = defaultMaxFrames, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> WatermarkDetection {
        var accumulator = WatermarkAccumulator()
        do {
            try Decode.lumaFrames(video, maxFrames: maxFrames, environment: environment) { width, height, luma in
                accumulator.add(luma: luma, width: width, height: height)
            }
        } catch let error as MediaError {
            throw WatermarkError("\(video.lastPathComponent): cannot read video frames: \(error.message)")
        }
        return decide(accumulator)
    }

    /// Detects in frames already in memory.
    public static func detect(frames: some Sequence<LumaFrame>) -> WatermarkDetection {
        var accumulator = WatermarkAccumulator()
        for frame in frames {
            frame.luma.withUnsafeBytes { accumulator.add(luma: $0, width: frame.width, height: frame.height) }
        }
        return decide(accumulator)
    }

    private static func decide(_ accumulator: WatermarkAccumulator) -> WatermarkDetection {
        var best: WatermarkDetection?
        for scale in WatermarkAccumulator.scales.indices where accumulator.frames > 0 {
            let alignment = WatermarkAlignment(folded: accumulator.folded(scale: scale), candidates: candidatesPerScale)
            for peak in alignment.peaks {
                let soft = alignment.channel(at: peak)
                let decoded = WatermarkCodeword.decode(soft)
                let payload = decoded.checksumMatches ? WatermarkPayload(bits: decoded.bits) : nil
                let reencoded = ConvolutionalCode.encode(decoded.message)
                let agreement = Double(zip(soft, reencoded).filter { ($0 > 0) == $1 }.count) / Double(soft.count)
                let candidate = WatermarkDetection(
                    found: payload != nil, payload: payload,
                    confidence: payload != nil ? 1 - falsePositiveBound : pilotConfidence(peak.z),
                    falsePositiveBound: falsePositiveBound, pilotScore: peak.z,
                    channelAgreement: agreement,
                    messageHex: WatermarkPayload.hex(decoded.bits), channelHex: hex(soft.map { $0 > 0 }),
                    framesUsed: accumulator.frames, scale: WatermarkAccumulator.scales[scale], shiftX: peak.x, shiftY: peak.y)
                if best == nil || (candidate.found && !best!.found) || (candidate.found == best!.found && candidate.pilotScore > best!.pilotScore) {
                    best = candidate
                }
            }
        }
        return best ?? WatermarkDetection(
            found: false, payload: nil, confidence: 0, falsePositiveBound: falsePositiveBound, pilotScore: 0, channelAgreement: 0,
            messageHex: "", channelHex: "", framesUsed: 0, scale: 1, shiftX: 0, shiftY: 0)
    }

    /// `1 − p` where p bounds the chance that the highest of all pilot scores of an unmarked video
    /// reaches `z` (Gaussian tail, union over every shift and scale).
    static func pilotConfidence(_ z: Double) -> Double {
        let tests = Double(WatermarkTile.size * WatermarkTile.size * WatermarkAccumulator.scales.count)
        return max(0, 1 - tests * 0.5 * erfc(z / 2.squareRoot()))
    }

    /// Bits as hex digits, most significant first, zero-padded to whole digits.
    static func hex(_ bits: [Bool]) -> String {
        let padded = bits + [Bool](repeating: false, count: (4 - bits.count % 4) % 4)
        return stride(from: 0, to: padded.count, by: 4).map { i in
            String((0..<4).reduce(0) { $0 << 1 | (padded[i + $1] ? 1 : 0) }, radix: 16)
        }.joined()
    }
}
