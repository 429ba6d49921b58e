public import Geometry
import Foundation

/// Where the subjects of a shot are over time, one sample per video frame: the centre and
/// radius of a sphere that holds them. The camera frames a smoothed version of it.
public struct SubjectTrack: Sendable {
    public var centers: [Vec3]
    public var radii: [Float]
    public var fps: Double

    public init(centers: [Vec3], radii: [Float], fps: Double) {
        precondition(centers.count == radii.count, "one radius per centre")
        self.centers = centers
        self.radii = radii
        self.fps = fps
    }

    /// Gaussian-weighted centre and the largest radius within ±`window` seconds of `time`:
    /// the camera anticipates motion smoothly instead of jerking after every bounce.
    public func smoothed(at time: Double, window: Double = 0.6) -> (center: Vec3, radius: Float) {
        guard !centers.isEmpty else { return (Vec3(0, 1, 0), 1) }
        let i = min(max(Int((time * fps).rounded()), 0), centers.count - 1)
        let span = max(1, Int(window * fps))
        let sigma = Float(span) / 2
        var sum = Vec3(repeating: 0), weight: Float = 0, radius: Float = 0
        for j in max(0, i - span)...min(centers.count - 1, i + span) {
            let d = Float(j - i) / sigma
            let w = exp(-0.5 * d * d)
            sum += centers[j] * w
            weight += w
            radius = max(radius, radii[j] + length(centers[j] - centers[i]) * 0.5)
        }
        return (sum / weight, radius)
    }
}
