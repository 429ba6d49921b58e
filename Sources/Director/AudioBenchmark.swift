import Foundation
import Sound
import Storyboard

/// The soundtrack alone, timed on a busy fixed scene: what `kinora bench audio` reports.
public enum AudioBenchmark {
    public struct Result: Codable, Sendable {
        public var seconds: Double
        /// Wall seconds to synthesize, mix, normalize and write the soundtrack.
        public var wall: Double
        public var integratedLUFS: Double
        public var truePeakDBTP: Double
    }

    /// A busy scene of `seconds`: an impact every 100 ms on alternating materials, footsteps,
    /// three lines of dialogue, surf and upbeat music.
    public static func run(seconds: Double) throws -> Result {
        let impacts = stride(from: 0.05, to: seconds, by: 0.1).enumerated().map { i, t in
            ImpactCue(time: t, impulse: Float(1 + i % 7), materials: [[Material.rubber, .wood, .glass, .metal, .stone][i % 5], .sand], pan: Float(i % 9) / 4 - 1, distance: 1 + Float(i % 3))
        }
        let steps = stride(from: 0.3, to: seconds, by: 0.55).map { ImpactCue(time: $0, impulse: 2.5, materials: [.flesh, .sand]) }
        var lines: [PlacedLine] = []
        for (i, (text, language)) in [("Look at that ball go!", "en"), ("Quelle belle journée", "fr"), ("¡Vamos a la playa!", "es")].enumerated() {
            let line = try Speech.synthesize(text, language: language, voice: Voice(gender: i % 2 == 0 ? .male : .female))
            let start = Double(i) * seconds / 3 + 0.2
            if start + line.duration < seconds { lines.append(PlacedLine(line: line, start: start)) }
        }
        let scene = SoundScene(seconds: seconds, seed: 7, impacts: impacts, dialogue: lines, ambience: .surf, music: .upbeat, tempo: 120, footsteps: steps,
                               acoustics: Acoustics(place: .courtyard))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kinora-bench-audio-\(ProcessInfo.processInfo.processIdentifier).wav")
        defer { try? FileManager.default.removeItem(at: url) }
        let clock = ContinuousClock()
        let start = clock.now
        let report = try Soundtrack.render(scene, to: url)
        let d = clock.now - start
        return Result(
            seconds: seconds, wall: Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18,
            integratedLUFS: report.integratedLUFS, truePeakDBTP: report.truePeakDBTP)
    }
}
