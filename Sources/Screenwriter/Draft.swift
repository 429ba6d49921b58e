import Foundation
import Storyboard

/// The storyboard being written as the prompt is read left to right.
struct Draft {
    struct Subject {
        var kind: CastMember.Kind
        var noun: String
        var count: Int
        var scale: Float
        var color: RGB?
        var colorName: String?
        var material: Material?
        var verb: Action.Verb?
        var intensity: Float = 1
        /// What a character wears, e.g. "blue shirt"; its colour is drawn on the shirt.
        var dress: String?
    }

    /// Attributes read before their noun ("a big red ball").
    struct Pending {
        var count: Int?
        var color: RGB?
        var colorName: String?
        var material: Material?
        var size: Float?
    }

    var seconds: Double
    var subjects: [Subject] = []
    var pending = Pending()
    var lines: [(subject: Int?, text: String)] = []
    var place: Place?
    var time: TimeOfDay?
    var weather: Weather?
    var style: Style?
    var framing: Shot.Framing?
    var move: Shot.CameraMove?
    var angle: Shot.Angle?
    /// Playback speed of the action (slow motion, time lapse).
    var speed: Double?
    var music: MusicMood?
    var report = RealizationReport()

    init(seconds: Double) { self.seconds = seconds }

    mutating func subject(_ word: String, kind: CastMember.Kind, scale: Float, via: String, chain: [String]?) {
        // Size words scale the kit's own size, kept within what the storyboard allows.
        let size = min(max(scale * (pending.size ?? 1), 0.05), 20)
        var s = Subject(kind: kind, noun: word, count: pending.count ?? (word.hasSuffix("s") && kind != .humanoid ? 2 : 1), scale: size)
        s.color = pending.color
        s.colorName = pending.colorName
        s.material = pending.material
        if word == "people" { s.count = max(s.count, 2) }
        subjects.append(s)
        pending = Pending()
        report.words.append(.realized(word, role: "subject", as: "kit:\(kind.rawValue)", via: via, chain: chain))
    }

    /// A colour, material or size: waits for the next noun.
    mutating func attribute(_ word: String, as what: String, _ set: (inout Pending) -> Void) {
        set(&pending)
        report.words.append(.realized(word, role: "attribute", as: what))
    }

    mutating func realize(_ word: String, role: String, as what: String, status: RealizationReport.Entry.Status = .realized, _ set: (inout Draft) -> Void = { _ in }) {
        if status == .dropped {
            report.words.append(.dropped(word, role: role, reason: what))
            return
        }
        set(&self)
        report.words.append(.realized(word, role: role, as: what))
    }

    mutating func apply(_ word: String, _ meaning: Lexicon.Meaning, previous: String?, via: String = "lexicon", chain: [String]? = nil) {
        func done(_ role: String, _ what: String) { report.words.append(.realized(word, role: role, as: what, via: via, chain: chain)) }
        switch meaning {
        case .count(let n):
            pending.count = n
            if !["a", "an", "un", "une"].contains(word) { done("count", "count:\(n)") }
        case .material(let m): attribute(word, as: "material:\(m.rawValue)") { $0.material = m }
        case .size(let s): attribute(word, as: "size:×\(s)") { $0.size = s }
        case .verb(let verb):
            guard let last = subjects.indices.last else { return report.words.append(.dropped(word, role: "action", reason: "no subject to do it")) }
            guard subjects[last].kind.verbs.contains(verb) else {
                return report.words.append(.dropped(word, role: "action", reason: "a \(subjects[last].kind.rawValue) cannot \(verb.rawValue) yet"))
            }
            // A verb of speech is realized by the quoted line that follows it.
            if verb != .talk || subjects[last].verb == nil { subjects[last].verb = verb }
            done("action", "action:\(verb.rawValue)")
        case .manner(let f):
            if let last = subjects.indices.last { subjects[last].intensity = f }
            done("manner", "intensity:×\(f)")
        case .place(let p):
            place = p
            done("place", "place:\(p.rawValue)")
        case .time(let t):
            time = t
            done("time", "time:\(t.rawValue)")
        case .weather(let w):
            weather = w
            done("weather", "weather:\(w.rawValue)")
        case .style(let s):
            style = s
            done("style", "style:\(s.rawValue)")
        case .framing(let f):
            framing = f
            done("camera", "framing:\(f.rawValue)")
        case .move(let m):
            move = m
            done("camera", "camera:\(m.rawValue)")
        case .speed(let v):
            speed = v
            done("tempo", "speed:×\(v)")
        case .angle(let a):
            angle = a
            done("camera", "angle:\(a.rawValue)")
        case .music(let mood):
            music = mood
            done("sound", "music:\(mood.rawValue)")
        case .sound:
            if music == nil { music = .calm }
            done("sound", "music")
        case .clothing:
            if let i = subjects.lastIndex(where: { $0.kind == .humanoid }), let color = pending.color {
                let name = pending.colorName ?? ""
                subjects[i].color = color
                subjects[i].dress = "\(name) \(word)"
                pending.color = nil
                pending.colorName = nil
                done("attribute", "clothing:\(name) \(word)")
            } else {
                report.words.append(.dropped(word, role: "attribute", reason: "clothing is drawn as the shirt colour only"))
            }
        }
    }

    /// A quoted line: spoken by the last character mentioned, or by a new one.
    mutating func say(_ text: String) {
        guard !text.isEmpty else { return }
        if subjects.lastIndex(where: { $0.kind == .humanoid }) == nil {
            subjects.append(Subject(kind: .humanoid, noun: "person", count: 1, scale: 1))
        }
        lines.append((subjects.lastIndex(where: { $0.kind == .humanoid }), text))
        report.words.append(.realized("\"\(text)\"", role: "dialogue", as: "speech"))
    }
}
