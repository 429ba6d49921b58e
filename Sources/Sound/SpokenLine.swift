/// When a phoneme starts within a spoken line, for lip sync.
public struct PhonemeMark: Sendable, Hashable, Codable {
    /// Seconds from the start of the line.
    public var t: Double
    /// The phoneme in espeak-ng's mnemonic (e.g. "h", "@", "oU"; "_" is a pause).
    public var phoneme: String

    public init(t: Double, phoneme: String) {
        self.t = t
        self.phoneme = phoneme
    }
}

/// When a word starts within a spoken line, for captions.
public struct WordMark: Sendable, Hashable, Codable {
    /// Seconds from the start of the line.
    public var t: Double
    public var word: String

    public init(t: Double, word: String) {
        self.t = t
        self.word = word
    }
}

/// One synthesized line of speech: mono samples at 48 kHz with its timing marks.
public struct SpokenLine: Sendable {
    public static let sampleRate = 48_000

    /// Mono samples at 48 kHz, roughly −1…1.
    public var samples: [Float]
    /// Phoneme onsets in increasing time, all within `duration`.
    public var phonemes: [PhonemeMark]
    /// Word onsets in increasing time.
    public var words: [WordMark]

    /// Length in seconds.
    public var duration: Double { Double(samples.count) / Double(Self.sampleRate) }

    public init(samples: [Float], phonemes: [PhonemeMark] = [], words: [WordMark] = []) {
        self.samples = samples
        self.phonemes = phonemes
        self.words = words
    }
}
