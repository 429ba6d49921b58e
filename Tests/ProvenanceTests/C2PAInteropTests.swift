import Foundation
import Media
import Testing
import TestSupport
@testable import Provenance

/// Kinora's credentials as the independent reference implementation (c2pa-python) reads them,
/// and Kinora's own verifier agreeing with it.
@Suite(.serialized) struct C2PAInteropTests {
    struct Reading: Decodable {
        var state: String
        var failure: [String]?
        var success: [String]?
        var error: String?
    }

    static func read(_ file: URL, anchors: URL? = nil) throws -> Reading {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts/c2pa_read.py")
        let r = try TestSupport.run(program: "python3", [script.path, file.path] + (anchors.map { [$0.path] } ?? []))
        #expect(r.status == 0, "c2pa_read.py failed: \(r.stderr)")
        return try JSONDecoder().decode(Reading.self, from: Data(r.stdout.utf8))
    }

    @Test func trustedWithTheRootValidWithoutItInvalidAfterTampering() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let video = try Fixtures.smallMP4(in: dir)
        let keys = StudioIdentityFiles(folder: dir.appendingPathComponent("keys"))
        let identity = try SigningIdentity.studio(in: keys.folder)
        let content = CredentialsContent(title: "a red ball", creator: "@ana", generatorVersion: "0.3.0", watermark: "00ff", parameters: ["seed": "7"])
        try ContentCredentials.embed(content, into: video, identity: identity)
        let root = try ContentCredentials.anchors(from: keys.root)

        let trusted = try Self.read(video, anchors: keys.root)
        #expect(trusted.state == "Trusted", "\(trusted)")
        #expect(trusted.failure ?? [] == [])
        #expect(trusted.success?.contains("assertion.bmffHash.match") == true)
        let ours = try ContentCredentials.verify(video, anchors: root)
        #expect(ours.state == .trusted && ours.failures.isEmpty, "\(ours)")
        #expect(Set(ours.codes) == Set(trusted.success ?? []), "the codes differ from the reference reader's")
        #expect(ours.manifest?.creator == "@ana")
        #expect(ours.manifest?.title == "a red ball")
        #expect(ours.manifest?.digitalSourceType == "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia")
        #expect(ours.manifest?.watermark == "00ff")
        #expect(ours.manifest?.parameters == ["seed": "7"])

        let untrusted = try Self.read(video)
        #expect(untrusted.state == "Valid")
        #expect(untrusted.failure == ["signingCredential.untrusted"])
        let oursUntrusted = try ContentCredentials.verify(video, anchors: [])
        #expect(oursUntrusted.state == .valid)
        #expect(oursUntrusted.failures == ["signingCredential.untrusted"])

        // The video still plays: every frame decodes after the box was inserted.
        let decode = try TestSupport.run(program: "ffmpeg", ["-v", "error", "-i", video.path, "-f", "null", "-"])
        #expect(decode.status == 0 && decode.stderr.isEmpty, "\(decode.stderr)")

        // One flipped byte of picture data breaks the hard binding.
        try Fixtures.flipByte(inBox: "mdat", of: video)
        let tampered = try Self.read(video, anchors: keys.root)
        #expect(tampered.state == "Invalid")
        #expect(tampered.failure?.contains("assertion.bmffHash.mismatch") == true)
        let oursTampered = try ContentCredentials.verify(video, anchors: root)
        #expect(oursTampered.state == .invalid)
        #expect(oursTampered.failures == ["assertion.bmffHash.mismatch"])
    }

    @Test func aCorruptedSignatureIsInvalidForBothReaders() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let video = try Fixtures.smallMP4(in: dir)
        let keys = StudioIdentityFiles(folder: dir.appendingPathComponent("keys"))
        try ContentCredentials.embed(CredentialsContent(generatorVersion: "0.3.0"), into: video, identity: try SigningIdentity.studio(in: keys.folder))
        // The signature's last bytes are the end of the manifest store box (ES256 r||s).
        guard let box = try Fixtures.c2paBox(of: video) else { Issue.record("no manifest box"); return }
        try Fixtures.flipByte(at: box.offset + box.size - 5, of: video)
        let reference = try Self.read(video, anchors: keys.root)
        #expect(reference.state == "Invalid")
        #expect(reference.failure?.contains("claimSignature.mismatch") == true, "\(reference)")
        let ours = try ContentCredentials.verify(video, anchors: try ContentCredentials.anchors(from: keys.root))
        #expect(ours.state == .invalid)
        #expect(ours.failures == ["claimSignature.mismatch"])
    }

    @Test func reEncodingStripsCredentials() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let video = try Fixtures.smallMP4(in: dir)
        try ContentCredentials.embed(CredentialsContent(generatorVersion: "0.3.0"), into: video, identity: try SigningIdentity.studio(in: dir.appendingPathComponent("keys")))
        let copy = dir.appendingPathComponent("copy.mp4")
        _ = try TestSupport.run(program: "ffmpeg", ["-v", "error", "-i", video.path, "-c:v", "libx264", "-crf", "28", copy.path])
        #expect(try Self.read(copy).state == "absent")
        #expect(try ContentCredentials.verify(copy, anchors: []).state == .absent)
    }
}
