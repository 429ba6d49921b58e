import CEspeakNG
import Synchronization

/// The one gate to libespeak-ng, a global C library with global state: every call goes
/// through `Espeak.engine.withLock`, and the library is initialized once, on first use.
enum Espeak {
    struct State: Sendable {
        /// espeak's output rate in Hz (22 050 for its own voices).
        var sampleRate: Int
        /// Every language name the installed voices declare, lowercased ("en", "en-us", "fr-fr"…).
        var languages: Set<String>
        /// Whether Kinora's deterministic variants (`EspeakVariants`) are installed.
        var hasVariants: Bool
    }

    static let engine = Mutex<State?>(nil)

    /// Where the synth callback collects audio and events; reached through espeak's `user_data`.
    final class Collector {
        var samples: [Int16] = []
        var events: [(type: espeak_EVENT_TYPE, ms: Int, textPosition: Int, length: Int, name: String)] = []
    }

    /// Initializes espeak in synchronous retrieval mode with phoneme events (call inside the lock).
    static func initialize() throws -> State {
        let options = Int32(espeakINITIALIZE_PHONEME_EVENTS) | Int32(espeakINITIALIZE_DONT_EXIT)
        let mirror = EspeakVariants.mirror()
        let rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, mirror, options)
        guard rate > 0 else { throw SpeechError("espeak-ng failed to initialize (is espeak-ng-data installed?)") }
        espeak_SetSynthCallback { wav, count, events in
            guard let events, let user = events.pointee.user_data else { return 0 }
            let collector = Unmanaged<Collector>.fromOpaque(user).takeUnretainedValue()
            if let wav, count > 0 {
                collector.samples.append(contentsOf: UnsafeBufferPointer(start: wav, count: Int(count)))
            }
            var e = events
            while e.pointee.type != espeakEVENT_LIST_TERMINATED {
                let ev = e.pointee
                var name = ""
                if ev.type == espeakEVENT_PHONEME {
                    name = withUnsafeBytes(of: ev.id.string) { raw in
                        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                    }
                }
                collector.events.append((ev.type, Int(ev.audio_position), Int(ev.text_position), Int(ev.length), name))
                e += 1
            }
            return 0
        }
        var languages = Set<String>()
        if let list = espeak_ListVoices(nil) {
            var i = 0
            while let voice = list[i] {
                if var p = voice.pointee.languages {
                    // Pairs of (priority byte, zero-terminated name), ended by an empty name.
                    while p.pointee != 0 {
                        p += 1
                        let name = String(cString: p)
                        if name.isEmpty { break }
                        languages.insert(name.lowercased())
                        p += name.utf8.count + 1
                    }
                }
                i += 1
            }
        }
        return State(sampleRate: Int(rate), languages: languages, hasVariants: mirror != nil)
    }

    /// Whether an installed voice speaks `language` (exact, a dialect of it, or its base language).
    static func knows(_ language: String, in state: State) -> Bool {
        if state.languages.contains(language) { return true }
        if state.languages.contains(where: { $0.hasPrefix(language + "-") }) { return true }
        if let base = language.split(separator: "-").first, state.languages.contains(String(base)) { return true }
        return false
    }
}
