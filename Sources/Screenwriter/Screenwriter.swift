public import Storyboard
import Foundation

/// Turns a prompt into a storyboard and a realization report.
///
/// ```swift
/// let (board, report) = Screenwriter().write("a red ball bounces on a beach at sunset", seconds: 4, seed: 7)
/// ```
public struct Screenwriter: Sendable {
    let wordnet: WordNet?

    public init(wordnet: WordNet? = WordNet()) { self.wordnet = wordnet }

    public func write(_ prompt: String, seconds: Double, seed: UInt64) -> (Storyboard, RealizationReport) {
        var draft = Draft(seconds: seconds)
        let (text, quotes) = Tokens.extractQuotes(prompt)
        let tokens = Tokens.words(text)
        var i = 0
        var quoteIndex = 0
        while i < tokens.count {
            let token = tokens[i]
            if token == Tokens.quoteMarker {
                if quoteIndex < quotes.count { draft.say(quotes[quoteIndex]) }
                quoteIndex += 1
                i += 1
                continue
            }
            // Two-word phrases first ("beach ball", "golden hour", "dolly out").
            if i + 1 < tokens.count, let used = phrase(token, tokens[i + 1], &draft) {
                i += used
                continue
            }
            interpret(token, previous: i > 0 ? tokens[i - 1] : nil, &draft)
            i += 1
        }
        return draft.finish(prompt: prompt, seed: seed)
    }

    private func phrase(_ a: String, _ b: String, _ d: inout Draft) -> Int? {
        let both = a + " " + b
        if let (kind, scale) = Lexicon.kits[both] {
            d.subject(both, kind: kind, scale: scale, via: "lexicon", chain: nil)
            return 2
        }
        switch both {
        case "golden hour": d.realize(both, role: "time", as: "time:sunset") { $0.time = .sunset }
        case "dolly out", "pull back", "zoom out", "pulls back": d.realize(both, role: "camera", as: "camera:dolly-out") { $0.move = .dollyOut }
        case "dolly in", "push in", "pushes in": d.realize(both, role: "camera", as: "camera:dolly-in") { $0.move = .dollyIn }
        case "zoom in", "zooms in": d.realize(both, role: "camera", as: "camera:zoom") { $0.move = .zoom }
        case "dolly zoom": d.realize(both, role: "camera", as: "camera:dolly-zoom") { $0.move = .dollyZoom }
        case "low angle", "low-angle": d.realize(both, role: "camera", as: "angle:low") { $0.angle = .low }
        case "high angle", "high-angle": d.realize(both, role: "camera", as: "angle:high") { $0.angle = .high }
        case "bird's eye", "birds eye", "bird's-eye", "aerial view": d.realize(both, role: "camera", as: "angle:birds-eye") { $0.angle = .birdsEye }
        case "dutch angle", "eye level": d.realize(both, role: "camera", as: a == "dutch" ? "angle:dutch" : "angle:eye-level") { $0.angle = a == "dutch" ? .dutch : .eyeLevel }
        case "slow motion", "slow-mo": d.realize(both, role: "tempo", as: "speed:×0.3") { $0.speed = 0.3 }
        case "time lapse": d.realize(both, role: "tempo", as: "speed:×8") { $0.speed = 8 }
        case "no music", "without music": d.realize(both, role: "sound", as: "music:none") { $0.music = MusicMood.none }
        case "pixel art": d.realize(both, role: "style", as: "style:pixel-art") { $0.style = .pixelArt }
        case "film noir": d.realize(both, role: "style", as: "style:noir") { $0.style = .noir }
        case "stop motion": d.realize(both, role: "style", as: "style:claymation") { $0.style = .claymation }
        case "coucher de", "soleil couchant": d.realize(both, role: "time", as: "time:sunset") { $0.time = .sunset }
        case "oil painting", "oil paint": d.realize(both, role: "style", as: "style:oil") { $0.style = .oil }
        case "van gogh": d.realize(both, role: "style", as: "style:impressionist") { $0.style = .impressionist }
        default: return nil
        }
        return 2
    }

    private func interpret(_ raw: String, previous: String?, _ d: inout Draft) {
        if Lexicon.stopwords.contains(raw) { return }
        let word = Tokens.singular(raw)
        if let (kind, scale) = Lexicon.kits[raw] ?? Lexicon.kits[word] {
            d.subject(raw, kind: kind, scale: scale, via: "lexicon", chain: nil)
            return
        }
        if let rgb = Lexicon.colors[raw] {
            d.attribute(raw, as: "color:\(raw)") {
                $0.color = rgb
                $0.colorName = raw
            }
            return
        }
        if let meaning = Lexicon.words[raw] ?? Lexicon.words[word] {
            d.apply(raw, meaning, previous: previous)
            return
        }
        if Double(raw) != nil { return d.report.words.append(.dropped(raw, role: "count", reason: "numbers are read as words (two, three…)")) }
        // Unknown: climb WordNet to a kit or an action.
        if let wordnet {
            if let ((kind, scale), chain) = wordnet.climb(word, .noun, accept: { Lexicon.kits[$0] }) {
                d.subject(raw, kind: kind, scale: scale, via: "wordnet", chain: chain)
                return
            }
            if let (verb, chain) = wordnet.climb(Tokens.verbBase(raw), .verb, accept: { w -> Action.Verb? in
                if case .verb(let v) = Lexicon.words[w] { return v }
                return nil
            }) {
                d.apply(raw, .verb(verb), previous: previous, via: "wordnet", chain: chain)
                return
            }
            if wordnet.knows(word, .noun) { return d.report.words.append(.dropped(raw, role: "subject", reason: "no kit")) }
            if wordnet.knows(Tokens.verbBase(raw), .verb) { return d.report.words.append(.dropped(raw, role: "action", reason: "no action")) }
        }
        d.report.words.append(.dropped(raw, reason: "not understood"))
    }
}
