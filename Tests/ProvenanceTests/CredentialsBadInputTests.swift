import Foundation
import Media
import Testing
import TestSupport
@testable import Provenance

/// Whatever file it is given, verification answers with a verdict or a clear error.
@Suite struct CredentialsBadInputTests {
    @Test func aFileThatIsNotAVideoIsAClearError() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("notes.mp4")
        try Data("these are not the frames you are looking for\n".utf8).write(to: text)
        #expect { try ContentCredentials.verify(text, anchors: []) } throws: { "\($0)".contains("not a valid MP4") || "\($0)".contains("not an MP4") }
        let empty = dir.appendingPathComponent("empty.mp4")
        try Data().write(to: empty)
        #expect { try ContentCredentials.verify(empty, anchors: []) } throws: { "\($0)".contains("not an MP4") }
    }

    @Test func aTruncatedSignedVideoIsAClearError() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let video = try Fixtures.smallMP4(in: dir)
        try ContentCredentials.embed(CredentialsContent(generatorVersion: "0.3.0"), into: video, identity: try SigningIdentity.studio(in: dir.appendingPathComponent("keys")))
        let size = try FileManager.default.attributesOfItem(atPath: video.path)[.size] as? Int ?? 0
        let file = try FileHandle(forUpdating: video)
        try file.truncate(atOffset: UInt64(size / 2))
        try file.close()
        #expect { try ContentCredentials.verify(video, anchors: []) } throws: { "\($0)".contains("remain") }
    }

    @Test func aGarbledManifestStoreIsInvalidNotACrash() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let video = try Fixtures.smallMP4(in: dir)
        try ContentCredentials.embed(CredentialsContent(generatorVersion: "0.3.0"), into: video, identity: try SigningIdentity.studio(in: dir.appendingPathComponent("keys")))
        guard let box = try Fixtures.c2paBox(of: video) else { Issue.record("no manifest box"); return }
        // Break the store's first JUMBF box size.
        try Fixtures.flipByte(at: box.offset + 8 + 16 + 4 + 9 + 8 + 1, of: video)
        let report = try ContentCredentials.verify(video, anchors: [])
        #expect(report.state == .invalid)
        #expect(report.problem != nil)
    }

    @Test func signingIdentityFilesAreCreatedPrivate() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = StudioIdentityFiles(folder: dir.appendingPathComponent("keys"))
        let first = try SigningIdentity.studio(in: files.folder)
        let permissions = { (url: URL) in (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? -1 }
        #expect(try permissions(files.folder) == 0o700)
        #expect(try permissions(files.signingKey) == 0o600)
        #expect(try permissions(files.rootKey) == 0o600)
        // The second use loads the same identity rather than making a new one.
        #expect(try SigningIdentity.studio(in: files.folder).chain == first.chain)
        #expect(CertificateProfile.problem(first.chain[0]) == nil)
    }

    @Test func anOperatorKeyThatDoesNotMatchTheCertificateIsRefused() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = StudioIdentityFiles(folder: dir.appendingPathComponent("a")), b = StudioIdentityFiles(folder: dir.appendingPathComponent("b"))
        _ = try SigningIdentity.studio(in: a.folder)
        _ = try SigningIdentity.studio(in: b.folder)
        #expect { try SigningIdentity.load(certificates: a.signingChain, privateKey: b.signingKey) } throws: { "\($0)".contains("does not belong") }
        #expect { try SigningIdentity.load(certificates: a.signingKey, privateKey: a.signingKey) } throws: { "\($0)".contains("certificate") }
    }
}
