import Foundation
import Testing
import TestSupport
@testable import Provenance

/// Kinora's credentials as the independent reference implementation (c2pa-python) reads them.
@Suite(.serialized) struct C2PAInteropTests {
    struct Reading: Decodable {
        var state: String
        var failure: [String]?
        var success: [String]?
        var manifest: [String: JSONValue]?
        var error: String?
    }

    static func read(_ file: URL, anchors: URL? = nil) throws -> Reading {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts/c2pa_read.py")
        let r = try TestSupport.run(program: "python3", [script.path, file.path] + (anchors.map { [$0.path] } ?? []))
        #expect(r.status == 0, "c2pa_read.py failed: \(r.stderr)")
        return try JSONDecoder().decode(Reading.self, from: Data(r.stdout.utf8))
    }

    @Test func referenceReaderTrustsKinoraCredentialsWithItsRootAsAnchor() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let video = try Fixtures.smallMP4(in: dir)
        let identity = try SigningIdentity.studio(in: dir.appendingPathComponent("keys"))
        let content = CredentialsContent(title: "a red ball", creator: "@ana", generatorVersion: "0.3.0", watermark: "00ff", parameters: ["seed": "7"])
        try ContentCredentials.embed(content, into: video, identity: identity)

        try? FileManager.default.removeItem(atPath: "/tmp/c2pa-check.mp4"); try FileManager.default.copyItem(at: video, to: URL(fileURLWithPath: "/tmp/c2pa-check.mp4")); try FileManager.default.copyItem(at: StudioIdentityFiles(folder: dir.appendingPathComponent("keys")).root, to: URL(fileURLWithPath: "/tmp/c2pa-root-\(UUID()).pem"))
        let trusted = try Self.read(video, anchors: StudioIdentityFiles(folder: dir.appendingPathComponent("keys")).root)
        #expect(trusted.state == "Trusted", "\(trusted)")
        #expect(trusted.failure ?? [] == [])
        #expect(trusted.success?.contains("assertion.bmffHash.match") == true)

        let untrusted = try Self.read(video)
        #expect(untrusted.state == "Valid")
        #expect(untrusted.failure == ["signingCredential.untrusted"])

        // The video still plays: every frame decodes after the box was inserted.
        let probe = try TestSupport.run(program: "ffmpeg", ["-v", "error", "-i", video.path, "-f", "null", "-"])
        #expect(probe.status == 0 && probe.stderr.isEmpty, "\(probe.stderr)")

        // One flipped byte of picture data breaks the hard binding.
        try Fixtures.flipByte(inBox: "mdat", of: video)
        let tampered = try Self.read(video, anchors: StudioIdentityFiles(folder: dir.appendingPathComponent("keys")).root)
        #expect(tampered.state == "Invalid")
        #expect(tampered.failure?.contains("assertion.bmffHash.mismatch") == true)
    }
}
