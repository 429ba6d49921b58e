import Camera
import Foundation
import Geometry
import Physics
import Sound
import Stage
import Storyboard

/// Builds the sound scene from the performance: each contact an impact cue, each heel strike
/// a footstep, panned from where it happens on screen and attenuated beyond a reference distance.
enum SoundDesigner {
    static func scene(board: Storyboard, performance: Performance, lines: [PlacedLine], seconds: Double, camera: (Double) -> Camera, aspect: Float) -> SoundScene {
        let impacts = performance.events.map { e -> ImpactCue in
            let at = ScreenPlacement(e.position, seenBy: camera(e.time), aspect: aspect)
            return ImpactCue(time: e.time, impulse: e.impulse, materials: e.materials, pan: at.pan, distance: at.distance)
        }
        let ground = board.setting.place.groundMaterial
        let steps = performance.footsteps.map { s -> ImpactCue in
            let at = ScreenPlacement(s.position, seenBy: camera(s.time), aspect: aspect)
            return ImpactCue(time: s.time, impulse: 2.5, materials: [.flesh, ground], pan: at.pan, distance: at.distance)
        }
        return SoundScene(
            seconds: seconds, seed: board.seed, impacts: impacts, dialogue: lines, ambience: board.sound.ambience,
            music: board.sound.music, tempo: board.sound.tempo, footsteps: steps, acoustics: Acoustics(place: board.setting.place))
    }
}
