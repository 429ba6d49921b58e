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
        var board = try CLIRunner.storyboard(["a red ball bounces"], in: dir)
        var cast = board["cast"] as? [[String: Any]] ?? []
        cast[0]["kind"] = "zeppelin"
        board["cast"] = cast
        try CLIRunner.save(board, as: "s.json", in: dir)
        let r = try CLIRunner.run(["generate", "--storyboard", "s.json", "-o", "x.mp4", "--quiet"], in: dir)
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

extension BadInputTests {
    @Test func outputThatIsAFolderOrClashesIsRefusedUpFront() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("v.mp4"), withIntermediateDirectories: false)
        var r = try CLIRunner.run(["generate", "a red ball", "-o", "v.mp4", "--quiet"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("is a folder"), "stderr: \(r.stderr)")
        r = try CLIRunner.run(["generate", "a red ball", "-o", "x.mp4", "--trace", "x.mp4", "--quiet"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("different files"), "stderr: \(r.stderr)")
        r = try CLIRunner.run(["generate", "a red ball", "-o", "x.mp4", "--storyboard-out", "nowhere/s.json", "--quiet"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("--storyboard-out"), "stderr: \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["v.mp4"])
    }

    @Test func dialogueLongerThanTheVideoIsRefusedAndLeavesNothing() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let long = "this is a very long line of dialogue that cannot possibly be spoken in a single second of video"
        let r = try CLIRunner.run(["generate", "a man says \"\(long)\"", "--seconds", "1", "--size", "64x64", "-o", "x.mp4", "--storyboard-out", "s.json", "--trace", "t.json", "--quiet"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("after the video's end"), "stderr: \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// Ctrl-C mid-render: the process stops on its own, says nothing more, and removes its
    /// temporary and partial files.
    @Test func interruptedRenderCleansUp() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = try TestSupport.kinoraExecutable()
        process.arguments = ["generate", "a red ball bounces on a beach", "--seconds", "30", "-o", "x.mp4", "--trace", "t.json"]
        process.currentDirectoryURL = dir
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until frames are being rendered (a progress line says so), then interrupt.
        let handle = err.fileHandleForReading
        var seen = ""
        while !seen.contains("[render]") {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        #expect(seen.contains("[render]"))
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
