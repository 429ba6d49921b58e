import Foundation
import Provenance
import Storyboard

/// The watermarks drawn into every frame before it is encoded: the visible mark first, then
/// the invisible one over everything, so the invisible payload also covers the visible mark.
struct FrameMarks {
    let visible: VisibleWatermark?
    let invisible: InvisibleWatermark?
    let videoID: UInt64
    /// The invisible watermark's payload, also named in the C2PA manifest.
    var payload: WatermarkPayload? { invisible?.payload }

    init(board: Storyboard, options: RenderOptions, seconds: Double) {
        let p = options.provenance
        videoID = p.videoID.map { $0 & 0xFF_FFFF_FFFF } ?? Self.derivedID(board: board, options: options)
        visible = p.watermarks
            ? VisibleWatermark(handle: p.creator, width: options.width, height: options.height, fps: options.fps, seconds: seconds, seed: videoID)
            : nil
        // The AI flag is set: the video is synthetic, whether a simulation or a neural model made it.
        invisible = p.watermarks
            ? InvisibleWatermark(payload: WatermarkPayload(issuer: p.issuer, videoID: videoID, aiGenerated: true), width: options.width, height: options.height)
            : nil
    }

    func apply(_ frame: UnsafeMutableRawBufferPointer, index: Int) {
        visible?.draw(rgba: frame, frameIndex: index)
        invisible?.embed(rgba: frame)
    }

    /// A stable 40-bit id from what determines the video, so the same render gets the same id.
    static func derivedID(board: Storyboard, options: RenderOptions) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let facts = board.encoded() + Data("\(options.width)x\(options.height)@\(options.fps)/\(options.quality.rawValue)".utf8)
        for byte in facts {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return hash & 0xFF_FFFF_FFFF
    }
}
