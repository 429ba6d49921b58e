import Foundation
import Testing
import TestSupport

struct StoryboardCommandTests {
    @Test func reportSaysWhatEveryWordBecame() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["storyboard", "a red ball and a zeppelin at sunset on a beach, cartoon style", "--json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let words = (doc?["report"] as? [String: Any])?["words"] as? [[String: Any]] ?? []
        func entry(_ w: String) -> [String: Any]? { words.first { $0["word"] as? String == w } }
        #expect(entry("ball")?["status"] as? String == "realized")
        #expect(entry("ball")?["as"] as? String == "kit:ball")
        #expect(entry("ball")?["role"] as? String == "subject")
        #expect(entry("ball")?["via"] as? String == "lexicon")
        #expect(entry("red")?["as"] as? String == "color:red")
        #expect(entry("sunset")?["as"] as? String == "time:sunset")
        #expect(entry("beach")?["as"] as? String == "place:beach")
        #expect(entry("cartoon")?["as"] as? String == "style:cartoon")
        #expect(entry("zeppelin")?["status"] as? String == "dropped")
        #expect(entry("zeppelin")?["reason"] as? String == "no kit")
        let board = doc?["storyboard"] as? [String: Any]
        #expect(board?["style"] as? String == "cartoon")
        #expect((board?["setting"] as? [String: Any])?["timeOfDay"] as? String == "sunset")
    }

    @Test func unknownNounsClimbWordNetToAKit() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["storyboard", "a volleyball", "--json"], in: dir)
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let words = (doc?["report"] as? [String: Any])?["words"] as? [[String: Any]] ?? []
        let v = words.first { $0["word"] as? String == "volleyball" }
        #expect(v?["as"] as? String == "kit:ball")
        #expect(v?["via"] as? String == "wordnet")
        #expect((v?["chain"] as? [String])?.last == "ball")
    }
}

struct BenchCommandTests {
    @Test func pipelineBenchIsTheDefaultAndReportsRatioAndMemory() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["bench", "--seconds", "1", "--size", "64x64", "--quality", "draft", "--json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((report?["ratio"] as? Double ?? 0) > 0)
        #expect((report?["peakMemoryMB"] as? Double ?? 0) > 1)
        #expect((report?["timings"] as? [String: Double])?["render"] != nil)
    }

    @Test func renderBenchRefusesUnknownStyles() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["bench", "render", "--styles", "noir,vaporwave"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("vaporwave"))
    }

    @Test func audioBenchReportsTimeAndLoudness() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["bench", "audio", "--seconds", "2", "--json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let result = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Double]
        #expect((result?["wall"] ?? 0) > 0)
        #expect(abs((result?["integratedLUFS"] ?? 0) + 14) < 1)
        #expect((result?["truePeakDBTP"] ?? 0) <= -1)
    }
}
