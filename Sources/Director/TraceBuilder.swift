import Camera
import Geometry
import Stage
import Physics
import Sound
import Storyboard

/// Writes down what happened, in the trace's shape.
enum TraceBuilder {
    static func trace(scene: Scene, performance: Performance, dialogue: Dialogue, cameras: [Camera], fps: Int, seconds: Double) -> Trace {
        let objects = scene.actors.enumerated().map { index, actor in
            Trace.Object(id: actor.id, kind: actor.kind.rawValue, label: actor.label, frames: performance.poses.map { frame in
                let p = frame[index]
                return [p.position.x, p.position.y, p.position.z, p.orientation.x, p.orientation.y, p.orientation.z, p.orientation.w]
            })
        }
        let events = performance.events.map { e in
            Trace.Event(t: e.time, type: "contact", a: e.a, b: e.b, impulse: e.impulse, materials: e.materials.map(\.rawValue), position: [e.position.x, e.position.y, e.position.z])
        }
        let lines = dialogue.spoken.map { Trace.Line(speaker: $0.speaker, text: $0.text, language: $0.language, start: $0.start, end: $0.start + $0.line.duration) }
        let phonemes = dialogue.spoken.flatMap { s in s.line.phonemes.map { Trace.Phoneme(speaker: s.speaker, t: s.start + $0.t, phoneme: $0.phoneme) } }
        let steps = performance.footsteps.map { Trace.Footstep(actor: $0.actor, t: $0.time, foot: $0.left ? "left" : "right") }
        let shots = cameras.map { c in [c.eye.x, c.eye.y, c.eye.z, c.target.x, c.target.y, c.target.z, c.fovY * 180 / .pi] }
        return Trace(fps: fps, seconds: seconds, objects: objects, events: events, dialogue: lines, phonemes: phonemes, footsteps: steps, cameras: shots)
    }
}
