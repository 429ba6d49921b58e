import Geometry

/// How a character sounds when espeak-ng speaks for them.
public struct Voice: Sendable, Hashable, Codable {
    public enum Gender: String, Sendable, Hashable, Codable { case male, female }

    public var gender: Gender
    /// Age in years; espeak picks a younger or older variant from it.
    public var age: Int
    /// Base pitch on espeak's 0–100 scale (50 is its default).
    public var pitch: Int
    /// Speaking rate in words per minute (espeak allows 80–450, 175 is its default).
    public var rate: Int

    public init(gender: Gender, age: Int = 30, pitch: Int = 50, rate: Int = 165) {
        self.gender = gender
        self.age = min(max(age, 1), 99)
        self.pitch = min(max(pitch, 0), 100)
        self.rate = min(max(rate, 80), 450)
    }

    /// A stable voice for a cast member: the hint's words ("man", "woman", "girl", "boy", "old"…)
    /// choose gender and age, and the id with the seed varies pitch and rate so two speakers
    /// of the same kind still sound different, and the same speaker always sounds the same.
    public static func forSpeaker(id: String, hint: String, seed: UInt64) -> Voice {
        var rng = SeededRandom(seed: seed, stream: "voice/" + id)
        let words = Set(hint.lowercased().split { !$0.isLetter }.map(String.init))
        func has(_ list: [String]) -> Bool { list.contains { words.contains($0) } }

        let femaleWords = ["woman", "women", "girl", "female", "lady", "mother", "mom", "grandmother", "grandma", "she", "her", "queen", "princess", "sister", "daughter", "aunt", "wife"]
        let maleWords = ["man", "men", "boy", "male", "gentleman", "father", "dad", "grandfather", "grandpa", "he", "him", "king", "prince", "brother", "son", "uncle", "husband"]
        let childWords = ["girl", "boy", "child", "kid", "kids", "baby", "toddler", "son", "daughter"]
        let oldWords = ["old", "elderly", "grandmother", "grandfather", "grandma", "grandpa", "aged"]

        let gender: Gender
        if has(femaleWords) && !has(maleWords) {
            gender = .female
        } else if has(maleWords) && !has(femaleWords) {
            gender = .male
        } else {
            gender = rng.next() & 1 == 0 ? .male : .female
        }
        let age: Int
        if has(childWords) {
            age = 8 + Int(rng.next() % 5)
        } else if has(oldWords) {
            age = 68 + Int(rng.next() % 15)
        } else {
            age = 24 + Int(rng.next() % 30)
        }
        var pitch = gender == .female ? 58 + Int(rng.next() % 14) : 34 + Int(rng.next() % 14)
        var rate = 150 + Int(rng.next() % 31)
        if age < 13 {
            pitch += 18
            rate += 10
        } else if age > 65 {
            pitch -= 6
            rate -= 20
        }
        return Voice(gender: gender, age: age, pitch: pitch, rate: rate)
    }
}
