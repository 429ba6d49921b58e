import Foundation
import Testing
import TestSupport

/// Every mistake gets one clear line on stderr, a non-zero exit, and leaves no file behind.
struct BadInputTests {
    static let cases: [(args: [String], message: String)] = [
        (["--size", "721x1280"], "must be even"),
        (["--size", "2000x1000"], "1920"),
        (["--size", "big"], "expected WxH"),
        (["--seconds", "0"], "from 1 to 60"),
        (["--seconds", "61"], "from 1 to 60"),
        (["--fps", "5"], "from 12 to 60"),
        (["--style", "vaporwave"], "allowed: cinematic"),
        (["--quality", "ultra"], "draft"),
    ]

    @Test(arguments: cases.indices)
    func badFlagsFailCleanly(_ i: Int) throws {
        let (args, message) = Self.cases[i]
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["generate", "a red ball", "-o", "x.mp4", "--quiet"] + args, in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func unreadableStoryboard() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["generate", "--storyboard", "missing.json", "-o", "x.mp4", "--quiet"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("missing.json: cannot read"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func storyboardWithAnUnknownValueNamesTheField() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var r = try CLIRunner.run(["storyboard", "a red ball bounces", "--json"], in: dir)
        var doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        var board = doc["storyboard"] as? [String: Any] ?? [:]
        var cast = board["cast"] as? [[String: Any]] ?? []
        cast[0]["kind"] = "zeppelin"
        board["cast"] = cast
        doc = board
        try JSONSerialization.data(withJSONObject: doc).write(to: dir.appendingPathComponent("s.json"))
        r = try CLIRunner.run(["generate", "--storyboard", "s.json", "-o", "x.mp4", "--quiet"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("cast[0].kind"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("zeppelin"))
        #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["s.json"])
    }

    @Test func unwritableOutputPath() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["generate", "a red ball", "-o", "no/such/folder/x.mp4", "--quiet"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("not writable") || r.stderr.contains("does not exist"), "stderr: \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func ffmpegMissing() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = "/nonexistent"
        env["KINORA_FFMPEG"] = nil
        let r = try CLIRunner.run(["generate", "a red ball", "-o", "x.mp4", "--quiet"], in: dir, environment: env)
        #expect(r.status != 0)
        #expect(r.stderr.contains("ffmpeg"), "stderr: \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
