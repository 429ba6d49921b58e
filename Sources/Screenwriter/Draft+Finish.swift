import Foundation
import Storyboard

extension Draft {
    /// At most this many cast members are staged; more would only crowd the frame.
    static let maximumCast = 100

    /// The storyboard: cast laid out side by side (in rows when there are many), default actions
    /// for what was not told, one shot over the whole video, and ambience from the place and time.
    func finish(prompt: String, seed: UInt64) -> (Storyboard, RealizationReport) {
        var report = report
        var cast: [CastMember] = []
        var actions: [Action] = []
        var counters: [String: Int] = [:]
        var idsOfSubject: [[String]] = []
        let total = min(subjects.reduce(0) { $0 + $1.count }, Self.maximumCast)
        if subjects.reduce(0, { $0 + $1.count }) > total {
            report.words.append(.dropped("(cast)", role: "subject", reason: "only the first \(Self.maximumCast) cast members are staged"))
        }
        // Up to ten side by side; more stand in rows behind one another.
        let perRow = min(total, 10)
        var slot = 0
        for s in subjects {
            var ids: [String] = []
            for _ in 0..<s.count where slot < total {
                let prefix = s.kind == .humanoid ? Self.idNoun(s.noun) : s.kind.rawValue
                counters[prefix, default: 0] += 1
                let id = "\(prefix)-\(counters[prefix]!)"
                let spacing: Float = s.kind == .humanoid ? 1.4 : 0.9
                let x = (Float(slot % perRow) - Float(perRow - 1) / 2) * spacing
                let z = -Float(slot / perRow) * spacing
                let label = [s.colorName, s.noun].compactMap { $0 }.joined(separator: " ") + (s.dress.map { " in a \($0)" } ?? "")
                cast.append(CastMember(
                    id: id, kind: s.kind, label: label, color: s.color ?? Self.defaultColor(s.kind, slot),
                    material: s.material ?? Self.defaultMaterial(s.kind), scale: s.scale, position: GroundPoint(x: x, z: z)))
                actions.append(Action(actor: id, verb: s.verb ?? Self.defaultVerb(s.kind), start: 0, intensity: s.intensity))
                ids.append(id)
                slot += 1
            }
            idsOfSubject.append(ids)
        }
        var dialogue: [DialogueLine] = []
        for line in lines {
            guard let s = line.subject, let speaker = idsOfSubject[s].first else { continue }
            dialogue.append(DialogueLine(speaker: speaker, text: line.text, language: Language.detect(line.text)))
            if let k = actions.firstIndex(where: { $0.actor == speaker }), actions[k].verb == .stand { actions[k].verb = .talk }
        }
        let place = place ?? .meadow
        let time = time ?? .afternoon
        let walking = actions.contains { $0.verb == .walk }
        let shot = Shot(start: 0, end: seconds, framing: framing ?? (walking ? .wide : .medium), move: move ?? .dollyIn, subject: nil, angle: angle)
        let ambience: Ambience
        switch (place, time) {
        case (_, .night): ambience = .night
        case (.beach, _): ambience = .surf
        case (.meadow, _), (.park, _): ambience = .meadow
        case (.street, _), (.courtyard, _): ambience = .city
        case (.desert, _), (.snowfield, _): ambience = .wind
        case (.studio, _): ambience = .room
        }
        let mood = music ?? .calm
        var board = Storyboard(
            prompt: prompt, seed: seed, seconds: seconds, style: style ?? .cinematic,
            setting: Setting(place: place, timeOfDay: time, weather: weather ?? .clear), cast: cast, actions: actions, dialogue: dialogue,
            sound: SoundDesign(ambience: ambience, music: mood, tempo: mood == .upbeat ? 118 : (mood == .epic ? 84 : 92)), shots: [shot])
        board.speed = speed
        return (board, report)
    }

    static func idNoun(_ noun: String) -> String {
        let n = noun.lowercased()
        return n.allSatisfy { $0.isLetter } ? n : "person"
    }

    static func defaultVerb(_ kind: CastMember.Kind) -> Action.Verb {
        switch kind {
        case .ball: return .bounce
        case .box, .crate, .bottle: return .fall
        case .humanoid: return .stand
        }
    }

    static func defaultMaterial(_ kind: CastMember.Kind) -> Material {
        switch kind {
        case .ball: return .rubber
        case .box: return .cardboard
        case .crate: return .wood
        case .bottle: return .glass
        case .humanoid: return .flesh
        }
    }

    static func defaultColor(_ kind: CastMember.Kind, _ slot: Int) -> RGB {
        switch kind {
        case .ball: return [RGB(0.7, 0.03, 0.02), RGB(0.03, 0.12, 0.6), RGB(0.85, 0.65, 0.02)][slot % 3]
        case .box: return RGB(0.45, 0.3, 0.15)
        case .crate: return RGB(0.42, 0.26, 0.12)
        case .bottle: return RGB(0.05, 0.25, 0.08)
        case .humanoid: return [RGB(0.6, 0.08, 0.08), RGB(0.08, 0.2, 0.5), RGB(0.3, 0.45, 0.1), RGB(0.7, 0.6, 0.3)][slot % 4]
        }
    }
}
