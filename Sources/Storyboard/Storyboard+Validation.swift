import Foundation

extension Storyboard {
    /// Checks what the types alone cannot: ranges, references between parts, timing.
    public func validate() throws(StoryboardError) {
        guard version == Self.currentVersion else {
            throw StoryboardError(field: "version", message: "unsupported version \(version); this Kinora reads version \(Self.currentVersion)")
        }
        guard seconds >= 1, seconds <= 60 else {
            throw StoryboardError(field: "seconds", message: "must be from 1 to 60, got \(seconds)")
        }
        var ids = Set<String>()
        for (i, member) in cast.enumerated() {
            guard !member.id.isEmpty else { throw StoryboardError(field: "cast[\(i)].id", message: "must not be empty") }
            guard ids.insert(member.id).inserted else {
                throw StoryboardError(field: "cast[\(i)].id", message: "duplicate id \"\(member.id)\"")
            }
            guard member.scale >= 0.05, member.scale <= 20 else {
                throw StoryboardError(field: "cast[\(i)].scale", message: "must be in 0.05…20, got \(member.scale)")
            }
            for (name, c) in [("r", member.color.r), ("g", member.color.g), ("b", member.color.b)] where !(0...1).contains(c) {
                throw StoryboardError(field: "cast[\(i)].color.\(name)", message: "must be in 0…1, got \(c)")
            }
            guard abs(member.position.x) <= 50, abs(member.position.z) <= 50 else {
                throw StoryboardError(field: "cast[\(i)].position", message: "must lie within 50 m of the centre of the set")
            }
        }
        var acting = Set<String>()
        for (i, action) in actions.enumerated() {
            guard let member = member(action.actor) else {
                throw StoryboardError(field: "actions[\(i)].actor", message: "no cast member with id \"\(action.actor)\"")
            }
            guard acting.insert(action.actor).inserted else {
                throw StoryboardError(field: "actions[\(i)].actor", message: "\"\(action.actor)\" already has an action; this Kinora performs one action per cast member")
            }
            guard member.kind.verbs.contains(action.verb) else {
                let names = member.kind.verbs.map(\.rawValue).joined(separator: ", ")
                throw StoryboardError(field: "actions[\(i)].verb", message: "a \(member.kind.rawValue) cannot \(action.verb.rawValue); allowed: \(names)")
            }
            if action.end != nil, action.verb != .walk {
                throw StoryboardError(field: "actions[\(i)].end", message: "only a walk has an end; \(action.verb.rawValue) runs its course")
            }
            if let target = action.target, !ids.contains(target) {
                throw StoryboardError(field: "actions[\(i)].target", message: "no cast member with id \"\(target)\"")
            }
            guard action.start >= 0, action.start < seconds else {
                throw StoryboardError(field: "actions[\(i)].start", message: "must be within the video (0…\(seconds)), got \(action.start)")
            }
            if let end = action.end, end <= action.start {
                throw StoryboardError(field: "actions[\(i)].end", message: "must be after start")
            }
            guard action.intensity > 0, action.intensity <= 4 else {
                throw StoryboardError(field: "actions[\(i)].intensity", message: "must be in 0…4, got \(action.intensity)")
            }
        }
        for (i, line) in dialogue.enumerated() {
            guard ids.contains(line.speaker) else {
                throw StoryboardError(field: "dialogue[\(i)].speaker", message: "no cast member with id \"\(line.speaker)\"")
            }
            guard !line.text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw StoryboardError(field: "dialogue[\(i)].text", message: "must not be empty")
            }
            if let start = line.start, !(0..<seconds).contains(start) {
                throw StoryboardError(field: "dialogue[\(i)].start", message: "must be within the video (0…\(seconds))")
            }
        }
        if let speed, !(0.05...60).contains(speed) {
            throw StoryboardError(field: "speed", message: "must be from 0.05 (slow motion) to 60 (time lapse), got \(speed)")
        }
        guard (40...220).contains(sound.tempo) else {
            throw StoryboardError(field: "sound.tempo", message: "must be 40…220 beats per minute, got \(sound.tempo)")
        }
        for (i, shot) in shots.enumerated() {
            guard shot.end > shot.start, shot.start >= 0 else {
                throw StoryboardError(field: "shots[\(i)]", message: "end must be after start, and start at least 0")
            }
            // Shots follow one another without gaps or overlaps and cover the whole video.
            let expectedStart = i == 0 ? 0 : shots[i - 1].end
            guard abs(shot.start - expectedStart) < 1e-6 else {
                throw StoryboardError(field: "shots[\(i)].start", message: "must be \(expectedStart), where the previous shot ends (shots are in order, without gaps)")
            }
            if i == shots.count - 1, shot.end < seconds - 1e-6 {
                throw StoryboardError(field: "shots[\(i)].end", message: "the last shot must reach the end of the video (\(seconds) s), got \(shot.end)")
            }
            if let subject = shot.subject, !ids.contains(subject) {
                throw StoryboardError(field: "shots[\(i)].subject", message: "no cast member with id \"\(subject)\"")
            }
        }
    }
}
