public import Storyboard
import Geometry
import Foundation

/// Turns a storyboard shot into a camera at any moment: framing sets the distance, the move
/// animates it over the shot with eased timing, and the target follows the smoothed subject.
public enum ShotCamera {
    public static func camera(for shot: Shot, at time: Double, track: SubjectTrack, aspect: Float) -> Camera {
        let fovY: Float = 50 * .pi / 180
        let u = Float(clampUnit((time - shot.start) / max(shot.end - shot.start, 1e-3)))
        let eased = u * u * (3 - 2 * u)
        // Static and pan shots hold a position chosen for the whole shot.
        let holdsPosition = shot.move == .static || shot.move == .pan
        let mid = (shot.start + shot.end) / 2
        let subject = track.smoothed(at: holdsPosition ? mid : time, window: holdsPosition ? (shot.end - shot.start) / 2 : 0.6)
        let radius = max(subject.radius, 0.35)
        // Fit the subject's sphere in the narrower of the two fields of view.
        let halfFov = min(fovY / 2, atan(tan(fovY / 2) * aspect))
        let framing: Float
        switch shot.framing {
        case .wide: framing = 1.8
        case .medium: framing = 1.15
        case .close: framing = 0.65
        }
        var distance = max(radius * framing / sin(halfFov), 1.2)
        var azimuth: Float = 0.3   // radians around y, from +z towards +x: a three-quarter view
        var height = max(subject.center.y + radius * 0.5, 0.35) + distance * 0.12
        var target = subject.center
        switch shot.move {
        case .static: break
        case .dollyIn: distance *= 1.3 - 0.4 * eased
        case .dollyOut: distance *= 0.9 + 0.4 * eased
        case .orbit: azimuth += 0.8 * (eased - 0.5)
        case .pan:
            // The camera turns from the left of the subject onto it.
            let (_, _, fwd) = Camera(eye: .zero, target: Vec3(-sin(azimuth), 0, -cos(azimuth)), fovY: fovY).basis
            let right = normalize(cross(fwd, Vec3(0, 1, 0)))
            target -= right * radius * 1.5 * (1 - eased)
        case .tracking: distance *= 0.95
        case .crane: height += (distance * 0.6) * eased
        }
        height = max(height, 0.25)
        let eye = Vec3(subject.center.x + sin(azimuth) * distance, height, subject.center.z + cos(azimuth) * distance)
        target.y = max(target.y, 0.1)
        return Camera(eye: eye, target: target, fovY: fovY)
    }

    private static func clampUnit(_ x: Double) -> Double { min(max(x, 0), 1) }
}
