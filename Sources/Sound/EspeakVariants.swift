import CEspeakNG
import Foundation

/// Kinora's own espeak-ng voice variants, installed into a private mirror of the espeak data folder.
///
/// Why: libespeak-ng keeps synthesis state in C statics that no API resets — the pitch "flutter"
/// table index and the cycle counter behind "roughness" carry over from one utterance to the next,
/// and breathy variants draw from libc `rand()`. The same line would come out slightly different
/// depending on what the process spoke before. These variants set `flutter 0`, `roughness 8`
/// (past the modulation table: none) and no breath, which makes every line a pure function of
/// its text, language and voice. The mirror is symlinks to the system data plus three small files.
enum EspeakVariants {
    static let files: [(name: String, body: String)] = [
        ("kinora-male", """
            language variant
            name kinora-male
            gender male
            flutter 0
            roughness 8
            """),
        ("kinora-female", """
            language variant
            name kinora-female
            gender female
            pitch 140 240
            formant 0 105  80 150
            formant 1 120  75 150 -50
            formant 2 135  70 150 -250
            formant 3 125  80 150
            formant 4 125  80 150
            formant 5 125  80 150
            formant 6 120  70 150
            formant 7 110  70 150
            formant 8 110  70 150
            flutter 0
            roughness 8
            """),
        ("kinora-child", """
            language variant
            name kinora-child
            gender female
            pitch 190 300
            formant 0 120  80 150
            formant 1 135  75 150 -50
            formant 2 150  70 150 -250
            formant 3 135  80 150
            formant 4 130  80 150
            formant 5 130  80 150
            formant 6 125  70 150
            formant 7 115  70 150
            formant 8 115  70 150
            flutter 0
            roughness 8
            """),
    ]

    /// The variant for a voice.
    static func name(for voice: Voice) -> String {
        if voice.age < 13 { return "kinora-child" }
        return voice.gender == .female ? "kinora-female" : "kinora-male"
    }

    /// The system data folder as libespeak-ng resolves it (ESPEAK_DATA_PATH or its built-in default).
    static func systemDataPath() -> String? {
        espeak_ng_InitializePath(nil)
        var path: UnsafePointer<CChar>?
        _ = espeak_Info(&path)
        guard let path else { return nil }
        let s = String(cString: path)
        return FileManager.default.fileExists(atPath: s + "/phontab") ? s : nil
    }

    /// Builds (once per machine and content version) the mirror folder and returns its path, or nil
    /// if it cannot be made (then the system data is used as is).
    static func mirror() -> String? {
        guard let system = systemDataPath() else { return nil }
        let fm = FileManager.default
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in (system + files.map(\.body).joined()).utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        let base = fm.temporaryDirectory.appendingPathComponent("kinora-espeak-\(String(hash, radix: 16))").path
        if fm.fileExists(atPath: base + "/voices/!v/kinora-child") { return base }
        let staging = base + ".\(ProcessInfo.processInfo.processIdentifier).\(UInt64(Date().timeIntervalSince1970 * 1e6))"
        do {
            try fm.createDirectory(atPath: staging + "/voices/!v", withIntermediateDirectories: true)
            for entry in try fm.contentsOfDirectory(atPath: system) where entry != "voices" {
                try fm.createSymbolicLink(atPath: staging + "/" + entry, withDestinationPath: system + "/" + entry)
            }
            let voices = system + "/voices"
            for entry in (try? fm.contentsOfDirectory(atPath: voices)) ?? [] where entry != "!v" {
                try fm.createSymbolicLink(atPath: staging + "/voices/" + entry, withDestinationPath: voices + "/" + entry)
            }
            for entry in (try? fm.contentsOfDirectory(atPath: voices + "/!v")) ?? [] {
                try fm.createSymbolicLink(atPath: staging + "/voices/!v/" + entry, withDestinationPath: voices + "/!v/" + entry)
            }
            for f in files {
                try (f.body + "\n").write(toFile: staging + "/voices/!v/" + f.name, atomically: false, encoding: .utf8)
            }
            // Another process may win the race; either copy is identical.
            if rename(staging, base) != 0 { try? fm.removeItem(atPath: staging) }
        } catch {
            try? fm.removeItem(atPath: staging)
        }
        return fm.fileExists(atPath: base + "/voices/!v/kinora-child") ? base : nil
    }
}
