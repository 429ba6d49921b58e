public import Foundation
import Media
import SwiftASN1
public import X509

/// Signs MP4 files with C2PA content credentials, and reads them back.
///
/// ```swift
/// let identity = try SigningIdentity.studio(in: keysFolder)
/// try ContentCredentials.embed(CredentialsContent(creator: "@ana", generatorVersion: "0.3"), into: video, identity: identity)
/// let report = ContentCredentials.verify(video, anchors: [root])
/// ```
public enum ContentCredentials {
    /// Adds a signed manifest store to `url` in place (through a temporary file and a rename,
    /// so a failure leaves the original untouched). Must run last: any later change to the
    /// file's bytes breaks the hard binding.
    public static func embed(_ content: CredentialsContent, into url: URL, identity: SigningIdentity) throws(ProvenanceError) {
        let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).c2pa-partial")
        do {
            let builder = ManifestBuilder(content: content, identity: identity)
            let placeholder = try builder.store(bmffHash: [UInt8](repeating: 0, count: 32), signed: false)
            let box = manifestBox(placeholder)
            let boxOffset = try MP4Rewriter.insertAfterFileType(box, from: url, to: partial)
            let hash = try BMFFHash.compute(partial, exclusions: BMFFHash.mandatoryExclusions)
            let store = try builder.store(bmffHash: hash, signed: true)
            guard store.count == placeholder.count else {
                throw ProvenanceError("internal: the signed manifest store (\(store.count) bytes) differs in size from its layout (\(placeholder.count))")
            }
            let file = try FileHandle(forWritingTo: partial)
            try file.seek(toOffset: UInt64(boxOffset + box.count - store.count))
            try file.write(contentsOf: store)
            try file.close()
            try atomicReplace(url, with: partial)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            if let error = error as? ProvenanceError { throw error }
            throw ProvenanceError("\(url.lastPathComponent): cannot embed content credentials: \(error)")
        }
    }

    /// Validates the credentials in `url`: signature, certificate profile and trust (against
    /// `anchors`), every assertion's hash, and the hard binding to the file's bytes.
    /// - Throws: when `url` is not an MP4 at all; damaged credentials are a report, not an error.
    public static func verify(_ url: URL, anchors: [Certificate]) throws(ProvenanceError) -> CredentialsReport {
        var verifier = CredentialsVerifier(anchors: anchors)
        return try verifier.verify(url)
    }

    /// The certificates of a PEM file, to use as trust anchors.
    public static func anchors(from pem: URL) throws(ProvenanceError) -> [Certificate] {
        guard let data = FileManager.default.contents(atPath: pem.path) else { throw ProvenanceError("\(pem.path): cannot read the trust anchors") }
        do {
            return try PEMDocument.parseMultiple(pemString: String(decoding: data, as: UTF8.self)).map { try Certificate(pemDocument: $0) }
        } catch {
            throw ProvenanceError("\(pem.path): not a PEM certificate file (\(error))")
        }
    }

    /// The ISO BMFF `uuid` box that carries a manifest store (C2PA §A.5).
    static func manifestBox(_ store: [UInt8]) -> [UInt8] {
        var payload = C2PALabels.boxUUID
        payload += [0, 0, 0, 0]  // FullBox version 0, flags 0
        payload += Array("manifest".utf8) + [0]
        payload += [UInt8](repeating: 0, count: 8)  // no auxiliary 'merkle' boxes
        payload += store
        return JUMBFBox.box("uuid", payload)
    }
}
