import Camera
import Foundation
import Geometry
import Motion
import Sound
import Stage
import Storyboard

/// Speaks the storyboard's lines, places them on the timeline one after another without
/// overlap, and turns their phonemes into mouth movement.
struct Dialogue {
    struct Spoken {
        var speaker: String
        var line: SpokenLine
        var start: Double
        var text: String
        var language: String
    }

    var spoken: [Spoken]
    var mouths: [String: LipSync]
    /// Where each speaker stands, for panning their voice.
    var speakers: [String: Vec3]

    static func speak(_ board: Storyboard, scene: Scene, videoSeconds: Double) throws -> Dialogue {
        var spoken: [Spoken] = []
        var cursor = 0.4
        for (index, line) in board.dialogue.enumerated() {
            let member = board.member(line.speaker)
            let voice = Voice.forSpeaker(id: line.speaker, hint: member?.label ?? "", seed: board.seed)
            let said: SpokenLine
            do {
                said = try Speech.synthesize(line.text, language: line.language, voice: voice)
            } catch {
                throw DirectorError("dialogue \"\(line.text)\": \(error)")
            }
            let start = line.start ?? cursor
            guard start + said.duration <= videoSeconds + 1e-6 else {
                throw DirectorError(String(
                    format: "dialogue[%d] \"%@\" ends at %.2f s, after the video's end (%.2f s): shorten the line or lengthen --seconds",
                    index, line.text, start + said.duration, videoSeconds))
            }
            spoken.append(Spoken(speaker: line.speaker, line: said, start: start, text: line.text, language: line.language))
            // Lines placed by the Director follow the latest line, never overlapping it.
            cursor = max(cursor, start + said.duration + 0.35)
        }
        var mouths: [String: LipSync] = [:]
        for speaker in Set(spoken.map(\.speaker)) {
            let mine = spoken.filter { $0.speaker == speaker }
            let phonemes = mine.flatMap { s in s.line.phonemes.map { (t: s.start + $0.t, phoneme: $0.phoneme) } }
            mouths[speaker] = LipSync(phonemes: phonemes, lineEnds: mine.map { $0.start + $0.line.duration })
        }
        var speakers: [String: Vec3] = [:]
        for actor in scene.actors { speakers[actor.id] = actor.startPose.position + Vec3(0, actor.restHeight * 1.7, 0) }
        return Dialogue(spoken: spoken, mouths: mouths, speakers: speakers)
    }

    func placed(camera: (Double) -> Camera, aspect: Float) -> [PlacedLine] {
        spoken.map { s in
            let cam = camera(s.start)
            let at = ScreenPlacement(speakers[s.speaker] ?? cam.target, seenBy: cam, aspect: aspect)
            return PlacedLine(line: s.line, start: s.start, pan: at.pan, distance: at.distance)
        }
    }
}
