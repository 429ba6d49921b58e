import Foundation
import Media
import Testing
import TestSupport

/// Every generated video says where it came from, and `kinora verify` reads it back.
@Suite(.serialized) struct ProvenanceCLITests {
    static func environment(home: URL, _ extra: [String: String] = [:]) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(["KINORA_HOME": home.path].merging(extra) { $1 }) { $1 }
    }

    static func referenceReading(_ file: URL, anchors: URL?) throws -> [String: Any] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../ProvenanceTests/Scripts/c2pa_read.py").standardizedFileURL
        let r = try TestSupport.run(program: "python3", [script.path, file.path] + (anchors.map { [$0.path] } ?? []))
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
    }

    @Test func generatedVideosCarrySignedCredentialsThatBothReadersAccept() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = Self.environment(home: dir.appendingPathComponent("home"))
        let g = try CLIRunner.run(["generate", "a red ball bounces on a beach", "--seconds", "2", "--size", "360x640", "--creator", "@ana", "-o", "v.mp4", "--quiet"], in: dir, environment: env)
        #expect(g.status == 0, "\(g.stderr)")
        let video = dir.appendingPathComponent("v.mp4")
        let root = dir.appendingPathComponent("home/credentials/root.pem")

        let reference = try Self.referenceReading(video, anchors: root)
        #expect(reference["state"] as? String == "Trusted", "\(reference)")
        #expect(try Self.referenceReading(video, anchors: nil)["state"] as? String == "Valid")

        let v = try CLIRunner.run(["verify", "v.mp4", "--json"], in: dir, environment: env)
        #expect(v.status == 0, "\(v.stderr)")
        let verdict = try JSONSerialization.jsonObject(with: Data(v.stdout.utf8)) as? [String: Any]
        let c2pa = verdict?["c2pa"] as? [String: Any]
        #expect(c2pa?["state"] as? String == "Trusted")
        #expect((c2pa?["codes"] as? [String])?.contains("assertion.bmffHash.match") == true)
        let manifest = c2pa?["manifest"] as? [String: Any]
        #expect(manifest?["creator"] as? String == "@ana")
        #expect(manifest?["digitalSourceType"] as? String == "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia")
        #expect((verdict?["explanation"] as? String)?.contains("made with Kinora") == true)
        let mark = verdict?["watermark"] as? [String: Any]
        #expect(mark?["found"] as? Bool == true)
        #expect((mark?["payload"] as? String)?.count == 16)
        #expect((mark?["confidence"] as? Double ?? 0) > 0.99)
        #expect(mark?["payload"] as? String == manifest?["watermark"] as? String, "the credentials name the watermark in the pixels")

        // Without the studio's root (another machine), the same file is Valid but its signer unconfirmed.
        let elsewhere = try CLIRunner.run(["verify", "v.mp4"], in: dir, environment: Self.environment(home: dir.appendingPathComponent("other")))
        #expect(elsewhere.status == 0)
        #expect(elsewhere.stdout.contains("not among your trusted roots"))
        let anchored = try CLIRunner.run(["verify", "v.mp4", "--anchors", root.path], in: dir, environment: Self.environment(home: dir.appendingPathComponent("other")))
        #expect(anchored.stdout.contains("C2PA: Trusted"))

        // A re-encoded copy has lost its credentials, and verify says so.
        _ = try TestSupport.run(program: "ffmpeg", ["-v", "error", "-i", video.path, "-c:v", "libx264", "-crf", "28", "-c:a", "copy", dir.appendingPathComponent("copy.mp4").path])
        let copy = try CLIRunner.run(["verify", "copy.mp4", "--json"], in: dir, environment: env)
        #expect(copy.status == 0)
        #expect(copy.stdout.contains("\"state\":\"absent\""))
        let stripped = try JSONSerialization.jsonObject(with: Data(copy.stdout.utf8)) as? [String: Any]
        #expect((stripped?["watermark"] as? [String: Any])?["payload"] as? String == mark?["payload"] as? String, "the watermark survives re-encoding")
        #expect((stripped?["explanation"] as? String)?.contains("watermark identifies it") == true)
    }

    @Test func verifyRefusesWhatIsNotAVideoWithOneClearLine() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = Self.environment(home: dir.appendingPathComponent("home"))
        try Data("hello".utf8).write(to: dir.appendingPathComponent("note.txt"))
        for (file, words) in [("note.txt", "not a valid MP4"), ("missing.mp4", "no such file"), (".", "no such file")] {
            let r = try CLIRunner.run(["verify", file], in: dir, environment: env)
            #expect(r.status == 1, "\(file)")
            #expect(r.stderr.contains(words), "\(file): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func aHugeFileThatOnlyLooksLikeAnMP4GetsAClearAnswerQuickly() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 4 GiB, sparse: an 'ftyp' box, then nothing but zeros.
        let huge = dir.appendingPathComponent("huge.mp4")
        var header = Data([0, 0, 0, 24]) + Data("ftypisom".utf8) + Data([0, 0, 2, 0]) + Data("isomiso2".utf8)
        header.count = 24
        try header.write(to: huge)
        let file = try FileHandle(forWritingTo: huge)
        try file.truncate(atOffset: 4 << 30)
        try file.close()
        let r = try CLIRunner.run(["verify", "huge.mp4"], in: dir, environment: Self.environment(home: dir.appendingPathComponent("home")))
        #expect(r.status == 1, "\(r.stdout)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("huge.mp4"))
    }

    @Test func halfConfiguredOperatorKeysAreRefusedBeforeAnythingIsWritten() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = Self.environment(home: dir.appendingPathComponent("home"), ["KINORA_SIGNING_CERT": "/nonexistent.pem"])
        let r = try CLIRunner.run(["generate", "a ball", "--seconds", "1", "--size", "180x320", "-o", "v.mp4", "--quiet"], in: dir, environment: env)
        #expect(r.status != 0)
        #expect(r.stderr.contains("KINORA_SIGNING_KEY"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("v.mp4").path))
    }
}
