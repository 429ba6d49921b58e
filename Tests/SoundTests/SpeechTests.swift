import Testing
@testable import Sound

struct SpeechTests {
    @Test(arguments: [("hello world", "en"), ("bonjour tout le monde", "fr"), ("hola a todos", "es")])
    func speaksPlausibleAudioWithPhonemes(text: String, language: String) throws {
        let voice = Voice.forSpeaker(id: "anna", hint: "a woman", seed: 7)
        let line = try Speech.synthesize(text, language: language, voice: voice)
        // Two or three words at 80–450 words/min plus pauses: between 0.4 s and 3 s.
        #expect(line.duration > 0.4 && line.duration < 3.0, "duration \(line.duration)")
        let peak = line.samples.map(abs).max() ?? 0
        let rms = (line.samples.map { $0 * $0 }.reduce(0, +) / Float(line.samples.count)).squareRoot()
        #expect(peak > 0.1 && peak <= 1.0, "peak \(peak)")
        #expect(rms > 0.01, "rms \(rms)")
        #expect(line.phonemes.count >= text.count / 3, "phonemes \(line.phonemes.map(\.phoneme))")
        for (a, b) in zip(line.phonemes, line.phonemes.dropFirst()) { #expect(a.t <= b.t) }
        #expect(line.phonemes.allSatisfy { $0.t >= 0 && $0.t <= line.duration })
        #expect(line.phonemes.contains { $0.t > 0.2 }, "phonemes spread over the line")
        #expect(line.words.first?.word.lowercased() == text.split(separator: " ").first.map(String.init))
    }

    @Test func unknownLanguageThrowsClearError() {
        #expect {
            try Speech.synthesize("hello", language: "xx", voice: Voice(gender: .male))
        } throws: { error in
            (error as? SpeechError)?.message == "no espeak-ng voice for language \"xx\""
        }
    }

    /// libespeak-ng carries state between utterances; Kinora's variants and fixed-point re-speaking
    /// make a line independent of what the process said before it.
    @Test func lineDoesNotDependOnWhatWasSaidBefore() throws {
        let voice = Voice(gender: .female, pitch: 60)
        let text = "hello there, how are you today"
        let first = try Speech.synthesize(text, language: "en", voice: voice)
        _ = try Speech.synthesize("watch out, the ball is coming", language: "en", voice: Voice(gender: .male, age: 70, pitch: 30, rate: 140))
        _ = try Speech.synthesize("hello world", language: "en", voice: voice)
        let again = try Speech.synthesize(text, language: "en", voice: voice)
        #expect(first.samples == again.samples)
        #expect(first.phonemes == again.phonemes)
    }

    @Test func voiceFromHints() {
        #expect(Voice.forSpeaker(id: "a", hint: "a tall woman", seed: 1).gender == .female)
        #expect(Voice.forSpeaker(id: "a", hint: "an old man", seed: 1).gender == .male)
        #expect(Voice.forSpeaker(id: "a", hint: "an old man", seed: 1).age > 60)
        let girl = Voice.forSpeaker(id: "b", hint: "little girl", seed: 1)
        #expect(girl.gender == .female && girl.age < 13 && girl.pitch > 70)
        #expect(Voice.forSpeaker(id: "x", hint: "", seed: 3) == Voice.forSpeaker(id: "x", hint: "", seed: 3))
    }
}
