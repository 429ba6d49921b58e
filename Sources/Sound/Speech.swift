import CEspeakNG
import Foundation
import Synchronization

/// Speech synthesis through libespeak-ng's C API, with phoneme timings for lip sync.
public enum Speech {
    /// Speaks `text` in `language` (a BCP 47 tag as espeak-ng names voices: "en", "fr", "es", "pt-br"…)
    /// with `voice`, returning 48 kHz mono samples and phoneme/word onsets.
    /// - Throws: `SpeechError` for an unknown language or a failing engine.
    public static func synthesize(_ text: String, language: String, voice: Voice) throws -> SpokenLine {
        let lang = language.lowercased().replacingOccurrences(of: "_", with: "-")
        let (pcm, rate, events): ([Int16], Int, [(type: espeak_EVENT_TYPE, ms: Int, textPosition: Int, length: Int, name: String)]) =
            try Espeak.engine.withLock { state in
                if state == nil { state = try Espeak.initialize() }
                guard let current = state else { throw SpeechError("espeak-ng is not initialized") }
                guard !lang.isEmpty, Espeak.knows(lang, in: current) else {
                    throw SpeechError("no espeak-ng voice for language \"\(language)\"")
                }
                // Prefer the language's voice with Kinora's deterministic variant; fall back to
                // espeak's own choice by properties (then output may vary with what was spoken before).
                var status = EE_NOT_FOUND
                if current.hasVariants {
                    status = espeak_SetVoiceByName(lang + "+" + EspeakVariants.name(for: voice))
                }
                if status != EE_OK {
                    var spec = espeak_VOICE()
                    status = lang.withCString { cLang in
                        spec.languages = cLang
                        spec.gender = voice.gender == .male ? 1 : 2
                        spec.age = UInt8(voice.age)
                        return espeak_SetVoiceByProperties(&spec)
                    }
                }
                guard status == EE_OK else { throw SpeechError("espeak-ng could not select a voice for language \"\(language)\"") }
                espeak_SetParameter(espeakRATE, Int32(voice.rate), 0)
                espeak_SetParameter(espeakPITCH, Int32(voice.pitch), 0)
                espeak_SetParameter(espeakRANGE, 50, 0)
                espeak_SetParameter(espeakVOLUME, 100, 0)

                // libespeak-ng keeps clause and wave statics that no API resets, so a line's timing
                // depends slightly on what was spoken before it. Speaking the line again until two
                // renderings agree lands on its fixed point (the line following itself), which is
                // the same whatever came before; it converges in two or three passes.
                let bytes = Array(text.utf8CString)
                var previous: [Int16]? = nil
                var collector = Espeak.Collector()
                for _ in 0..<6 {
                    collector = Espeak.Collector()
                    let user = Unmanaged.passUnretained(collector).toOpaque()
                    let result = bytes.withUnsafeBufferPointer { buf in
                        espeak_Synth(buf.baseAddress, buf.count, 0, POS_CHARACTER, 0, UInt32(espeakCHARS_UTF8), nil, user)
                    }
                    withExtendedLifetime(collector) {}
                    guard result == EE_OK else { throw SpeechError("espeak-ng failed to synthesize \"\(text)\" (error \(result.rawValue))") }
                    if collector.samples == previous { break }
                    previous = collector.samples
                }
                return (collector.samples, current.sampleRate, collector.events)
            }

        let mono = pcm.map { Float($0) / 32768 }
        let samples = rate == SpokenLine.sampleRate ? mono : Resampler(inputRate: rate, outputRate: SpokenLine.sampleRate).process(mono)
        let duration = Double(samples.count) / Double(SpokenLine.sampleRate)
        let scalars = Array(text.unicodeScalars)

        var phonemes: [PhonemeMark] = []
        var words: [WordMark] = []
        for e in events {
            let t = min(Double(e.ms) / 1000, duration)
            if e.type == espeakEVENT_PHONEME, !e.name.isEmpty {
                if let last = phonemes.last, t < last.t { continue }
                phonemes.append(PhonemeMark(t: t, phoneme: e.name))
            } else if e.type == espeakEVENT_WORD {
                // text_position counts characters from 1.
                let start = max(0, min(e.textPosition - 1, scalars.count))
                let end = max(start, min(start + e.length, scalars.count))
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars[start..<end])
                if let last = words.last, t < last.t { continue }
                words.append(WordMark(t: t, word: String(word)))
            }
        }
        return SpokenLine(samples: samples, phonemes: phonemes, words: words)
    }
}
