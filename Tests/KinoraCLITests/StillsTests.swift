import Foundation
import Media
import Testing
import TestSupport

struct StillsTests {
    @Test func contactSheetOfAPromptAndOfAVideo() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var r = try CLIRunner.run(["stills", "a red ball bounces", "--seconds", "1", "--size", "64x96", "--quality", "draft", "--count", "4", "--columns", "2", "--tile", "32", "--out", "p.png", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        // 2×2 tiles of 32x48 with 2 px margins and padding: 70x102.
        let sheet = try Probe.run(dir.appendingPathComponent("p.png"))
        #expect(sheet.width == 70 && sheet.height == 102)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["p.png"], "the rendered video is not left behind")

        r = try CLIRunner.run(["generate", "a blue ball rolls", "--seconds", "1", "--size", "64x64", "--quality", "draft", "-o", "v.mp4", "--quiet"], in: dir)
        #expect(r.status == 0)
        r = try CLIRunner.run(["stills", "v.mp4", "--count", "3", "--columns", "3", "--tile", "40", "--out", "v.png", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let videoSheet = try Probe.run(dir.appendingPathComponent("v.png"))
        #expect(videoSheet.width == 3 * 40 + 2 * 2 + 2 * 2 && videoSheet.height == 40 + 4)
    }

    @Test func badSheetRequestsFailCleanly() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (args, message) in [(["--out", "s.jpg"], "must end in .png"), (["--out", "s.png", "--count", "0"], "from 1 to 64"), (["--out", "no/s.png"], "does not exist")] {
            let r = try CLIRunner.run(["stills", "a ball"] + args + ["--quiet"], in: dir)
            #expect(r.status != 0)
            #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
