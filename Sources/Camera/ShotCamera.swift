public import Storyboard
import Geometry
import Foundation

/// Turns a storyboard shot into a camera at any moment: framing sets the distance, the angle
/// sets where the camera looks from, the move animates it over the shot with eased timing, and
/// the target follows the smoothed subject.
public enum ShotCamera {
    static let baseFov: Float = 50 * .pi / 180

    public static func camera(for shot: Shot, at time: Double, track: SubjectTrack, aspect: Float) -> Camera {
        let u = Float(clampUnit((time - shot.start) / max(shot.end - shot.start, 1e-3)))
        let eased = u * u * (3 - 2 * u)
        // Static, pan and zoom shots stand where they start and hold a view of the whole shot.
        let holdsPosition = [.static, .pan, .zoom, .tilt].contains(shot.move)
        let mid = (shot.start + shot.end) / 2
        let subject = track.smoothed(at: holdsPosition ? mid : time, window: holdsPosition ? (shot.end - shot.start) / 2 : 0.6)
        let radius = max(subject.radius, 0.35)
        var fovY = baseFov
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
        var elevation: Float = 0.12
        var roll: Float = 0
        var target = subject.center
        var lift: Float = 0
        var sideways: Float = 0
        switch shot.angle ?? .eyeLevel {
        case .eyeLevel: break
        case .high: elevation = 0.6
        case .birdsEye: elevation = 1.35
        // Just above the ground, looking up at the subject.
        case .low: elevation = max(asin(clamp((0.25 - subject.center.y) / distance, -0.9, 0.9)), -0.5)
        case .dutch: roll = 0.26
        }
        switch shot.move {
        case .static: break
        case .dollyIn: distance *= 1.3 - 0.4 * eased
        case .dollyOut: distance *= 0.9 + 0.4 * eased
        case .orbit: azimuth += 0.8 * (eased - 0.5)
        case .pan: break  // the target turns, below
        case .tracking: distance *= 0.95
        case .crane: elevation += 0.7 * eased
        case .tilt: target.y -= radius * 0.9 * (1 - eased)
        case .truck: sideways = radius * 1.6 * (eased - 0.5)
        case .pedestal: lift = radius * 1.4 * eased
        case .zoom: fovY = baseFov * (1 - 0.45 * eased)
        case .dollyZoom:
            // Keep distance × tan(fov/2) constant, so the subject holds its size while the
            // background stretches away.
            let start = distance * 1.5
            distance = start * (1 - 0.5 * eased)
            fovY = 2 * atan(tan(baseFov / 2) * start / distance)
        case .handheld, .shake: break
        }
        let horizontal = Vec3(sin(azimuth), 0, cos(azimuth))
        let right = Vec3(horizontal.z, 0, -horizontal.x)
        var eye = subject.center + horizontal * (distance * cos(elevation)) + Vec3(0, distance * sin(elevation), 0)
        eye += right * sideways + Vec3(0, lift, 0)
        target += right * sideways + Vec3(0, lift, 0)
        if shot.move == .pan {
            // The camera turns from the left of the subject onto it.
            target -= right * radius * 1.5 * (1 - eased)
        }
        if shot.move == .handheld || shot.move == .shake {
            let (e, t) = Sway.offsets(time: time, strength: shot.move == .shake ? 3 : 1)
            eye += e
            target += t
        }
        eye.y = max(eye.y, 0.15)
        target.y = max(target.y, 0.1)
        var camera = Camera(eye: eye, target: target, fovY: fovY)
        if roll != 0 {
            camera.up = Quat(angle: roll, axis: normalize(target - eye)).act(Vec3(0, 1, 0))
        }
        return camera
    }

    private static func clampUnit(_ x: Double) -> Double { min(max(x, 0), 1) }
}
