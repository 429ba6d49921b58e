import Foundation
import Geometry

/// The motion of a camera held by hand: a few incommensurate sines per axis, so it never
/// repeats visibly, yet is a pure function of time (deterministic, no state).
enum Sway {
    /// Offsets of the eye and of the target, metres. `strength` 1 is a calm hand-held camera
    /// (about ±2 cm at 0.5–2 Hz); 3 is a shake (about ±6 cm, faster).
    static func offsets(time: Double, strength: Float) -> (eye: Vec3, target: Vec3) {
        let t = Float(time)
        let speed: Float = strength > 1 ? 4.5 : 1
        func wave(_ a: Float, _ b: Float, _ c: Float) -> Float {
            (sin(t * a * speed) * 0.5 + sin(t * b * speed + 1.3) * 0.3 + sin(t * c * speed + 2.1) * 0.2)
        }
        let amplitude: Float = 0.02 * strength
        let eye = Vec3(wave(1.1, 2.3, 3.7), wave(0.9, 1.9, 3.1), wave(0.7, 1.7, 2.9)) * amplitude
        let target = Vec3(wave(1.3, 2.9, 4.1), wave(1.2, 2.2, 3.3), 0) * (amplitude * 0.75)
        return (eye, target)
    }
}
