import Foundation
import Storyboard
import Testing
@testable import Sound

struct SoundtrackTests {
    static func tempURL(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kinora-sound-\(ProcessInfo.processInfo.processIdentifier)-\(name).wav")
    }

    static func render(_ scene: SoundScene, _ name: String) throws -> (SoundtrackReport, WAVFile, Data) {
        let url = tempURL(name)
        defer { try? FileManager.default.removeItem(at: url) }
        let report = try Soundtrack.render(scene, to: url)
        return (report, try WAVFile.read(url), try Data(contentsOf: url))
    }

    static func busyScene(seconds: Double = 3) throws -> SoundScene {
        let line = try Speech.synthesize("hello world", language: "en", voice: Voice.forSpeaker(id: "kid", hint: "boy", seed: 3))
        return SoundScene(
            seconds: seconds, seed: 42,
            impacts: [
                ImpactCue(time: 0.5, impulse: 2, materials: [.rubber, .sand], pan: -0.5, distance: 3),
                ImpactCue(time: 1.2, impulse: 4, materials: [.metal, .stone], pan: 0.6, distance: 2),
                ImpactCue(time: 2.1, impulse: 1, materials: [.glass, .tile], pan: 0, distance: 1.5),
            ],
            dialogue: [PlacedLine(line: line, start: 0.8, pan: 0.2, distance: 2)],
            ambience: .meadow, music: .upbeat, tempo: 110,
            footsteps: [ImpactCue(time: 0.3, impulse: 3, materials: [.flesh, .grass]), ImpactCue(time: 0.8, impulse: 3, materials: [.flesh, .grass])])
    }

    /// First frame at or after `from` whose |left| or |right| exceeds `threshold`.
    static func onset(_ wav: WAVFile, from: Int, threshold: Float) -> Int? {
        for f in from..<wav.frames where abs(wav.samples[2 * f]) > threshold || abs(wav.samples[2 * f + 1]) > threshold { return f }
        return nil
    }

    @Test(arguments: [[Material.rubber, .sand], [.wood, .concrete], [.glass, .tile], [.metal, .metal], [.stone, .stone], [.cloth, .water]])
    func impactOnsetIsSampleAccurate(materials: [Material]) throws {
        let t = 0.4137
        let scene = SoundScene(seconds: 1, seed: 9, impacts: [ImpactCue(time: t, impulse: 2, materials: materials)])
        let (report, wav, _) = try Self.render(scene, "onset-\(materials[0])")
        #expect(wav.sampleRate == 48_000 && wav.channels == 2 && wav.frames == 48_000 && report.samples == 48_000)
        let peak = wav.samples.map(abs).max() ?? 0
        #expect(peak > 0.1)
        let cue = Int(t * 48_000)
        #expect(wav.samples[0..<(2 * cue)].allSatisfy { $0 == 0 }, "digital silence before the cue")
        let found = try #require(Self.onset(wav, from: 0, threshold: 0.01 * peak))
        #expect(abs(found - cue) <= 48, "onset at frame \(found), cue at \(cue) (\(materials))")
    }

    @Test func impactsSoundDifferentPerMaterial() throws {
        // Spectral centroid: glass rings high, rubber on sand thuds low; metal rings longest.
        func stats(_ m: [Material]) throws -> (centroid: Double, tail: Float) {
            let (_, wav, _) = try Self.render(SoundScene(seconds: 1, seed: 1, impacts: [ImpactCue(time: 0.1, impulse: 2, materials: m)]), "mat-\(m[0])")
            let x = wav.channel(0)
            // Energy-weighted mean frequency over the first 100 ms: f ≈ fs/2π · √(Σ(Δx)² / Σx²).
            var e = 0.0, d = 0.0
            for i in 4_801..<9_600 {
                e += Double(x[i] * x[i])
                d += Double((x[i] - x[i - 1]) * (x[i] - x[i - 1]))
            }
            let peak = x.map(abs).max()!
            let tail = x[(4_800 + 19_200)..<(4_800 + 24_000)].map(abs).max()! / peak  // 0.4–0.5 s after the hit
            return (48_000 / (2 * Double.pi) * (d / e).squareRoot(), tail)
        }
        let glass = try stats([.glass, .glass]), thud = try stats([.rubber, .sand]), metal = try stats([.metal, .metal]), stone = try stats([.stone, .stone])
        #expect(glass.centroid > 1_500 && thud.centroid < 500 && stone.centroid > 1_000, "glass \(glass.centroid) Hz, rubber/sand \(thud.centroid) Hz")
        #expect(metal.tail > 0.05 && stone.tail < 0.01 && thud.tail < 0.01, "tails: metal \(metal.tail) stone \(stone.tail) thud \(thud.tail)")
    }

    @Test func panLeftIsLouderOnTheLeft() throws {
        let (_, wav, _) = try Self.render(SoundScene(seconds: 1, impacts: [ImpactCue(time: 0.2, impulse: 2, materials: [.wood, .wood], pan: -1)]), "pan")
        let l = wav.channel(0).map { $0 * $0 }.reduce(0, +), r = wav.channel(1).map { $0 * $0 }.reduce(0, +)
        #expect(l > 100 * r, "left energy \(l), right \(r)")
        let (_, half, _) = try Self.render(SoundScene(seconds: 1, impacts: [ImpactCue(time: 0.2, impulse: 2, materials: [.wood, .wood], pan: 0.5)]), "pan2")
        let hl = half.channel(0).map { $0 * $0 }.reduce(0, +), hr = half.channel(1).map { $0 * $0 }.reduce(0, +)
        // Constant power at pan ½: R/L energy = tan²(3π/8) ≈ 5.83.
        #expect(abs(hr / hl - 5.83) < 0.3, "pan ½ energy ratio \(hr / hl)")
    }

    @Test func loudnessIsNormalizedWithTruePeakHeadroom() throws {
        let (report, wav, _) = try Self.render(try Self.busyScene(), "loud")
        let lufs = Loudness.integrated(stereo: wav.samples, sampleRate: 48_000)
        #expect(abs(lufs - -14) <= 1, "integrated \(lufs) LUFS")
        #expect(abs(report.integratedLUFS - lufs) < 0.01)
        let samplePeak = 20 * log10(Double(wav.samples.map(abs).max()!))
        #expect(samplePeak <= -1, "sample peak \(samplePeak) dBFS")
        #expect(Loudness.truePeak(stereo: wav.samples) <= -1 && report.truePeakDBTP <= -1, "true peak \(report.truePeakDBTP)")
    }

    @Test func emptySceneIsDigitalSilence() throws {
        let (report, wav, data) = try Self.render(SoundScene(seconds: 1.25, seed: 5), "empty")
        #expect(wav.frames == 60_000 && report.samples == 60_000)
        #expect(wav.samples.allSatisfy { $0 == 0 })
        #expect(data.count == 58 + 60_000 * 8, "header + float32 stereo frames")
        #expect(report.integratedLUFS == -70)
    }

    @Test func rendersAreByteIdentical() throws {
        let scene = try Self.busyScene(seconds: 2)
        let (_, _, a) = try Self.render(scene, "det-a")
        let (_, _, b) = try Self.render(scene, "det-b")
        #expect(a == b)
        var other = scene
        other.seed = 43
        let (_, _, c) = try Self.render(other, "det-c")
        #expect(a != c, "a different seed changes the noise")
    }

    @Test func badDurationThrowsAndLeavesNoFile() throws {
        let url = Self.tempURL("bad")
        #expect(throws: SoundtrackError.self) { try Soundtrack.render(SoundScene(seconds: -1), to: url) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
