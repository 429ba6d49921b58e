import Foundation
import Storyboard
import Testing
@testable import Sound

struct SoundtrackBenchmarkTests {
    /// A busy scene: 6 impacts and 2 footsteps a second over mixed materials, three lines, city, epic score.
    static func busy(seconds: Double) throws -> SoundScene {
        let materials: [Material] = [.metal, .glass, .wood, .rubber, .stone, .plastic, .tile, .concrete]
        var impacts: [ImpactCue] = []
        var footsteps: [ImpactCue] = []
        for i in 0..<Int(seconds * 6) {
            impacts.append(ImpactCue(time: Double(i) / 6 + 0.013 * Double(i % 5), impulse: Float(1 + i % 4),
                                     materials: [materials[i % 8], materials[(i * 3 + 1) % 8]], pan: Float(i % 7) / 3 - 1, distance: Float(1 + i % 6)))
        }
        for i in 0..<Int(seconds * 2) { footsteps.append(ImpactCue(time: Double(i) / 2 + 0.2, impulse: 3, materials: [.flesh, .asphalt])) }
        let voice = Voice.forSpeaker(id: "a", hint: "woman", seed: 1)
        let line = try Speech.synthesize("watch out, the ball is coming", language: "en", voice: voice)
        let dialogue = stride(from: 0.5, to: seconds - line.duration, by: max(3.0, line.duration + 0.5)).map { PlacedLine(line: line, start: $0) }
        return SoundScene(seconds: seconds, seed: 11, impacts: impacts, dialogue: dialogue, ambience: .city, music: .epic, tempo: 120, footsteps: footsteps)
    }

    @Test func busySceneRendersFastAndOnTarget() throws {
        #if DEBUG
        let seconds = 1.5
        #else
        let seconds = 10.0
        #endif
        let scene = try Self.busy(seconds: seconds)
        let url = SoundtrackTests.tempURL("bench")
        defer { try? FileManager.default.removeItem(at: url) }
        let clock = ContinuousClock()
        var report: SoundtrackReport?
        let elapsed = try clock.measure { report = try Soundtrack.render(scene, to: url) }
        let r = try #require(report)
        print("busy \(seconds) s scene rendered in \(elapsed): \(r)")
        #expect(abs(r.integratedLUFS - -14) <= 1 && r.truePeakDBTP <= -1)
        #if !DEBUG
        #expect(elapsed < .milliseconds(500), "10 s busy soundtrack took \(elapsed)")
        #endif
    }
}
