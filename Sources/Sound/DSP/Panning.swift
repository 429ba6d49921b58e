import Foundation

/// Constant-power pan and distance law shared by every source in the mix.
enum Spatial {
    /// Left/right gains for pan −1 (left) … 1 (right); L² + R² = 1, so loudness holds across the field.
    static func panGains(_ pan: Float) -> (left: Float, right: Float) {
        let p = pan.isFinite ? min(max(pan, -1), 1) : 0
        let theta = (p + 1) * Float.pi / 4
        return (cos(theta), sin(theta))
    }

    /// Inverse-distance gain: 1 within a metre, 1/d beyond, never below 1/50 (distance in metres).
    static func distanceGain(_ distance: Float) -> Float {
        let d = distance.isFinite ? distance : 1
        return 1 / min(max(d, 1), 50)
    }

    /// Air absorbs highs: a one-pole cutoff from 18 kHz close by to about 3 kHz at 50 m.
    static func airCutoff(_ distance: Float) -> Float {
        let d = min(max(distance.isFinite ? distance : 1, 1), 50)
        return 18_000 / (1 + d * 0.1)
    }
}
