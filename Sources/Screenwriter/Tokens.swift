import Foundation

/// Splitting a prompt into words, and the light morphology the lexicon needs.
enum Tokens {
    /// Stands where a quoted line of dialogue was.
    static let quoteMarker = "\u{1}quote"

    /// The prompt with each quoted span (straight or curly quotes, « ») replaced by a marker, and the quotes.
    static func extractQuotes(_ prompt: String) -> (String, [String]) {
        var text = "", quotes: [String] = [], current = ""
        var closing: Character? = nil
        let pairs: [Character: Character] = ["\"": "\"", "“": "”", "«": "»", "„": "“"]
        for ch in prompt {
            if let close = closing {
                if ch == close {
                    quotes.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                    closing = nil
                    text += " \(quoteMarker) "
                } else {
                    current.append(ch)
                }
            } else if let close = pairs[ch] {
                closing = close
            } else {
                text.append(ch)
            }
        }
        if closing != nil, !current.isEmpty {
            quotes.append(current.trimmingCharacters(in: .whitespaces))
            text += " \(quoteMarker) "
        }
        return (text, quotes)
    }

    static func words(_ text: String) -> [String] {
        text.lowercased()
            .components(separatedBy: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",.;:!?()[]")))
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'’")) }
            .filter { !$0.isEmpty }
    }

    /// "balls" → "ball", "boxes" → "box", "bodies" → "body"; other words unchanged.
    static func singular(_ w: String) -> String {
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("sses") { return String(w.dropLast(2)) }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { return String(w.dropLast()) }
        return w
    }

    /// "strolls" → "stroll", "strolled" → "stroll", "strolling" → "stroll".
    static func verbBase(_ w: String) -> String {
        if w.hasSuffix("ing"), w.count > 5 { return String(w.dropLast(3)) }
        if w.hasSuffix("ed"), w.count > 4 { return String(w.dropLast(2)) }
        if w.hasSuffix("es"), w.count > 4, ["ch", "sh", "ss", "x"].contains(where: { w.dropLast(2).hasSuffix($0) }) { return String(w.dropLast(2)) }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { return String(w.dropLast()) }
        return w
    }
}
