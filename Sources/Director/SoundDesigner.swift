import Camera
import Foundation
import Geometry
import Physics
import Sound
import Stage
import Storyboard

/// Builds the sound scene from the performance: each contact an impact cue, each heel strike
/// a footstep, panned from where it happens on screen and attenuated by its distance from the camera beyond a reference distance.
enum SoundDesigner {
    static func scene(board: Storyboard, performance: Performance, lines: [PlacedLine], seconds: Double, camera: (Double) -> Camera, aspect: Float) -> SoundScene {
        func place(_ p: Vec3, at t: Double) -> (pan: Float, distance: Float) {
            let cam = camera(t)
            let (right, _, forward) = cam.basis
            let v = p - cam.eye
            let depth = max(dot(v, forward), 0.1)
            let x = dot(v, right) / (depth * tan(cam.halfFovX(aspect: aspect)))
            // Film mixes keep on-screen action present: distance counts from a 4 m reference, so a
            // bounce framed in a medium shot plays at full level and only far-off sounds fade.
            return (clamp(x, -1, 1), max(length(v) / 4, 1))
        }
        let impacts = performance.events.map { e -> ImpactCue in
            let (pan, distance) = place(e.position, at: e.time)
            return ImpactCue(time: e.time, impulse: e.impulse, materials: e.materials, pan: pan, distance: distance)
        }
        let ground = board.setting.place.groundMaterial
        let steps = performance.footsteps.map { s -> ImpactCue in
            let (pan, distance) = place(s.position, at: s.time)
            return ImpactCue(time: s.time, impulse: 2.5, materials: [.flesh, ground], pan: pan, distance: distance)
        }
        return SoundScene(
            seconds: seconds, seed: board.seed, impacts: impacts, dialogue: lines, ambience: board.sound.ambience,
            music: board.sound.music, tempo: board.sound.tempo, footsteps: steps)
    }
}
