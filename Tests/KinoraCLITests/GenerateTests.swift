import Foundation
import Media
import Testing
import TestSupport

@Suite(.serialized) struct GenerateTests {
    /// The foundation's headline promise: the exact format, and sound in sync with the physics.
    @Test func bouncingBallOnABeachIsAnExactH264AacMp4WithSyncedImpacts() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["generate", "a red ball bounces on a beach at sunset", "--seconds", "4", "-o", "x.mp4", "--trace", "t.json", "--thumbnail", "x.webp", "--json", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let video = dir.appendingPathComponent("x.mp4")
        let p = try Probe.run(video)
        #expect(p.videoCodec == "h264")
        #expect(p.width == 720 && p.height == 1280)
        #expect(p.pixFmt == "yuv420p")
        #expect(p.colorSpace == "bt709" && p.colorPrimaries == "bt709" && p.colorTransfer == "bt709")
        #expect(p.fps == 24)
        #expect(p.frameCount == 96)
        #expect(p.audioCodec == "aac" && p.sampleRate == 48000 && p.channels == 2)
        #expect(abs((p.duration ?? 0) - 4.0) <= 1.0 / 24 + 1e-6)
        #expect(p.faststart)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.webp").path))

        // --json: one object with the stage timings.
        let result = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let timings = result?["timings"] as? [String: Double]
        for key in ["parse", "simulate", "render", "sound", "encode", "total"] { #expect(timings?[key] != nil, "timing \(key)") }
        #expect(result?["frames"] as? Int == 96)

        // The trace: one pose per frame, contacts of the ball with the sand.
        let trace: [String: Any]? = try CLIRunner.json("t.json", in: dir)
        let objects = trace?["objects"] as? [[String: Any]] ?? []
        #expect(objects.first?["id"] as? String == "ball-1")
        #expect((objects.first?["frames"] as? [[Double]])?.count == 96)
        let events = (trace?["events"] as? [[String: Any]] ?? []).filter { ($0["impulse"] as? Double ?? 0) > 0.5 }
        #expect(events.count >= 3, "the ball bounces several times")
        #expect(events.allSatisfy { ($0["materials"] as? [String]) == ["rubber", "sand"] })

        // Audio: a real soundtrack, at the loudness target.
        let audio = try Decode.audio(video)
        #expect(TestSupport.rms(audio) > 0.05)
        #expect((result?["loudnessLUFS"] as? Double).map { abs($0 + 14) < 1.5 } == true)

        // In the full mix (surf and music included) every bounce is an onset within 5 ms. Rubber on
        // sand is a low thud: listen from 150 Hz up, for a 9 dB rise over the previous 20 ms.
        var parameters = TestSupport.OnsetParameters()
        parameters.highPassHz = 150
        parameters.riseDB = 9
        let onsets = TestSupport.onsets(in: audio, sampleRate: 48000, parameters: parameters)
        let all = events.compactMap { $0["t"] as? Double }
        let times = all.enumerated().filter { $0.offset == 0 || $0.element - all[$0.offset - 1] > 0.06 }.map(\.element)
        func nearest(_ t: Double) -> Double { onsets.map { abs($0 - t) }.min() ?? .infinity }
        for t in times {
            #expect(nearest(t) <= 0.005, "contact at \(t) s: nearest onset \(nearest(t) * 1000) ms away")
        }
        // Control: times between the bounces mostly have no onset near them.
        let decoys = times.map { $0 + 0.12 }.filter { $0 < 3.9 }
        #expect(decoys.filter { nearest($0) <= 0.005 }.count <= decoys.count / 4, "onsets \(onsets)")
    }

    /// Sync, end to end through the mix, AAC and the MP4: with the beds turned off in the
    /// storyboard, every contact in the trace has a sound onset within 5 ms of it.
    @Test func impactSoundsStartWithinFiveMillisecondsOfTheirContacts() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var board = try CLIRunner.storyboard(["a red ball bounces on a beach at sunset", "--seconds", "4"], in: dir)
        board["sound"] = ["ambience": "none", "music": "none", "tempo": 96]
        try CLIRunner.save(board, as: "s.json", in: dir)
        let r = try CLIRunner.run(["generate", "--storyboard", "s.json", "--size", "180x320", "--quality", "draft", "-o", "v.mp4", "--trace", "t.json", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let trace: [String: Any]? = try CLIRunner.json("t.json", in: dir)
        let all = (trace?["events"] as? [[String: Any]] ?? []).filter { ($0["impulse"] as? Double ?? 0) > 0.3 }.compactMap { $0["t"] as? Double }
        // The detector hears one onset per 50 ms: the last rapid patter of bounces merges.
        let times = all.enumerated().filter { $0.offset == 0 || $0.element - all[$0.offset - 1] > 0.06 }.map(\.element)
        #expect(times.count >= 4, "the ball bounces several times")
        let onsets = TestSupport.onsets(in: try Decode.audio(dir.appendingPathComponent("v.mp4")), sampleRate: 48000)
        func nearest(_ t: Double) -> Double { onsets.map { abs($0 - t) }.min() ?? .infinity }
        for t in times {
            #expect(nearest(t) <= 0.005, "contact at \(t) s: nearest onset \(nearest(t) * 1000) ms away; onsets \(onsets)")
        }
        // Control: nothing sounds where nothing happens.
        #expect(onsets.count <= times.count + 1, "onsets \(onsets) for contacts \(times)")
    }

    @Test func sameStoryboardAndSeedGiveIdenticalFramesAndAudio() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["a.mp4", "b.mp4"] {
            let r = try CLIRunner.run(["generate", "a man says \"hello there\" while a blue ball rolls in a park", "--seconds", "2", "--size", "180x320", "-o", name, "--quiet"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let a = dir.appendingPathComponent("a.mp4"), b = dir.appendingPathComponent("b.mp4")
        #expect(try Decode.frameHashes(a) == Decode.frameHashes(b))
        #expect(try Decode.audio(a) == Decode.audio(b))
    }

    @Test func dialogueIsSpokenAndTraced() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["generate", "a man says \"hello\" on a street", "--seconds", "3", "--size", "180x320", "--quality", "draft", "-o", "v.mp4", "--trace", "t.json", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let trace: [String: Any]? = try CLIRunner.json("t.json", in: dir)
        let lines = trace?["dialogue"] as? [[String: Any]] ?? []
        #expect(lines.count == 1)
        #expect(lines.first?["speaker"] as? String == "man-1")
        #expect(lines.first?["text"] as? String == "hello")
        let start = lines.first?["start"] as? Double ?? 0, end = lines.first?["end"] as? Double ?? 0
        #expect(end > start + 0.2)
        let phonemes = trace?["phonemes"] as? [[String: Any]] ?? []
        #expect(phonemes.count >= 3)
        #expect(phonemes.allSatisfy { ($0["t"] as? Double ?? -1) >= start && ($0["t"] as? Double ?? 99) <= end })
        // In the speech band the voice stands well above the street and the music before it.
        let audio = TestSupport.highPassed(try Decode.audio(dir.appendingPathComponent("v.mp4")), cutoff: 300)
        func rms(_ a: Double, _ b: Double) -> Float { TestSupport.rms(Array(audio[(Int(a * 48000) * 2)..<(Int(b * 48000) * 2)])) }
        #expect(rms(start, end) > 2 * rms(0.02, max(start - 0.05, 0.1)))
    }

    @Test func storyboardRoundTripRendersTheEditedStoryboard() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var r = try CLIRunner.run(["generate", "a wooden crate falls in a courtyard", "--seconds", "1", "--size", "128x128", "--quality", "draft", "-o", "a.mp4", "--storyboard-out", "s.json", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        var board = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("s.json"))) as? [String: Any] ?? [:]
        #expect((board["cast"] as? [[String: Any]])?.first?["kind"] as? String == "crate")
        board["style"] = "noir"
        try CLIRunner.save(board, as: "edited.json", in: dir)
        r = try CLIRunner.run(["generate", "--storyboard", "edited.json", "--size", "128x128", "--quality", "draft", "-o", "b.mp4", "--json", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"style\":\"noir\""))
        // Noir is black and white: every decoded pixel is grey.
        let frames = try Decode.frames(dir.appendingPathComponent("b.mp4"), width: 128, height: 128, every: 12)
        var maxChroma = 0
        for f in frames {
            for i in stride(from: 0, to: f.count, by: 3) {
                let hi = Int(max(f[i], f[i + 1], f[i + 2])), lo = Int(min(f[i], f[i + 1], f[i + 2]))
                maxChroma = max(maxChroma, hi - lo)
            }
        }
        #expect(!frames.isEmpty)
        #expect(maxChroma <= 12)
    }

    @Test func anActionStartsWhenTheStoryboardSays() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var board = try CLIRunner.storyboard(["a red ball bounces", "--seconds", "3"], in: dir)
        var actions = board["actions"] as? [[String: Any]] ?? []
        actions[0]["start"] = 1.5
        board["actions"] = actions
        try CLIRunner.save(board, as: "s.json", in: dir)
        let r = try CLIRunner.run(["generate", "--storyboard", "s.json", "--size", "64x64", "--quality", "draft", "-o", "v.mp4", "--trace", "t.json", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let trace: [String: Any]? = try CLIRunner.json("t.json", in: dir)
        let frames = (trace?["objects"] as? [[String: Any]])?.first?["frames"] as? [[Double]] ?? []
        #expect(frames.count == 72)
        // Held still until 1.5 s (frame 36), then falling.
        #expect(frames[0] == frames[35])
        #expect(frames[45][1] < frames[35][1])
        let first = (trace?["events"] as? [[String: Any]])?.first?["t"] as? Double ?? 0
        #expect(first > 1.5)
    }

    @Test func progressGoesToStderrAsPlainLinesAndQuietSilencesIt() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var r = try CLIRunner.run(["generate", "a box falls", "--seconds", "1", "--size", "64x64", "--quality", "draft", "-o", "v.mp4"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("[simulate]") })
        #expect(lines.contains { $0.hasPrefix("[render] frame 24/24") && $0.contains("fps") })
        #expect(!r.stderr.contains("\u{1B}["), "no terminal escapes when stderr is a pipe")
        #expect(r.stdout.contains("wrote"))
        r = try CLIRunner.run(["generate", "a box falls", "--seconds", "1", "--size", "64x64", "--quality", "draft", "-o", "w.mp4", "--quiet"], in: dir)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
    }

    @Test func shotsCutFromOneCameraToTheNext() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var board = try CLIRunner.storyboard(["a man walks in a park", "--seconds", "2"], in: dir)
        board["shots"] = [
            ["start": 0, "end": 1, "framing": "wide", "move": "static"],
            ["start": 1, "end": 2, "framing": "close", "move": "orbit", "subject": "man-1"],
        ]
        try CLIRunner.save(board, as: "s.json", in: dir)
        let r = try CLIRunner.run(["generate", "--storyboard", "s.json", "--size", "64x96", "--quality", "draft", "-o", "v.mp4", "--trace", "t.json", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let trace: [String: Any]? = try CLIRunner.json("t.json", in: dir)
        let cameras = trace?["cameras"] as? [[Double]] ?? []
        #expect(cameras.count == 48)
        func distance(_ c: [Double]) -> Double { ((c[0] - c[3]) * (c[0] - c[3]) + (c[1] - c[4]) * (c[1] - c[4]) + (c[2] - c[5]) * (c[2] - c[5])).squareRoot() }
        // The static wide shot holds still; the close-up is nearer and moves around its subject.
        #expect(cameras[0] == cameras[23])
        #expect(distance(cameras[30]) < 0.7 * distance(cameras[10]))
        #expect(cameras[30] != cameras[46])
    }

    @Test func explicitFlagsOverrideAStoryboardAndTimesScale() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLIRunner.save(try CLIRunner.storyboard(["a red ball bounces", "--seconds", "4"], in: dir), as: "s.json", in: dir)
        let r = try CLIRunner.run(["generate", "--storyboard", "s.json", "--seconds=2", "--seed", "7", "--size", "64x64", "--quality", "draft", "-o", "v.mp4", "--json", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let result = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(result?["seconds"] as? Double == 2)
        #expect(result?["frames"] as? Int == 48)
        #expect(result?["seed"] as? Int == 7)
    }

    /// Claymation is stop motion: at 24 fps each pose is held for two frames.
    @Test func claymationHoldsEachPoseForTwoFrames() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["generate", "a red ball rolls, claymation", "--seconds", "1", "--size", "64x64", "-o", "v.mp4", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let frames = try Decode.frames(dir.appendingPathComponent("v.mp4"), width: 64, height: 64)
        #expect(frames.count == 24)
        // Identical pairs (the encoder may differ by a level or two between copies of a frame)…
        func difference(_ a: [UInt8], _ b: [UInt8]) -> Int { zip(a, b).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) } / a.count }
        for k in stride(from: 0, to: 24, by: 2) { #expect(difference(frames[k], frames[k + 1]) <= 1, "frames \(k) and \(k + 1)") }
        // …and motion between them.
        #expect((0..<11).contains { difference(frames[2 * $0 + 1], frames[2 * $0 + 2]) > 1 })
    }

    /// Slow motion stretches the action on the picture and its sounds with it: the first bounce
    /// comes four times later at a quarter speed.
    @Test func slowMotionStretchesTheActionAndItsSounds() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var board = try CLIRunner.storyboard(["a red ball bounces in a studio", "--seconds", "4"], in: dir)
        func firstContact(speed: Double) throws -> Double {
            board["speed"] = speed
            try CLIRunner.save(board, as: "s.json", in: dir)
            let r = try CLIRunner.run(["generate", "--storyboard", "s.json", "--size", "64x64", "--quality", "draft", "-o", "v.mp4", "--trace", "t.json", "--quiet"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            return (try CLIRunner.json("t.json", in: dir)["events"] as? [[String: Any]])?.first?["t"] as? Double ?? -1
        }
        let normal = try firstContact(speed: 1), slow = try firstContact(speed: 0.25)
        #expect(normal > 0.2 && normal < 1)
        #expect(abs(slow / normal - 4) < 0.2, "first contact at \(normal) s, in slow motion at \(slow) s")
    }
}
