import Crypto
import Foundation
import Media
import X509

/// Validates a file's C2PA manifest the way C2PA §15 describes: the claim's signature and
/// certificate, each assertion's hashed URI, and the hard binding to the file's bytes.
struct CredentialsVerifier {
    let anchors: [Certificate]
    var now = Date()

    private var codes: [String] = []
    private var failures: [String] = []

    init(anchors: [Certificate]) { self.anchors = anchors }

    mutating func verify(_ url: URL) throws(ProvenanceError) -> CredentialsReport {
        let store: [UInt8]
        do {
            guard let found = try Self.manifestStore(in: url) else { return .absent }
            store = found
        } catch let error as ProvenanceError {
            throw error
        } catch {
            throw ProvenanceError("\(error)")
        }
        let manifest: JUMBFBox
        do {
            let root = try JUMBFBox.decode(store[...])
            guard let active = root.superboxes.last(where: { $0.type == JUMBFBox.typeUUID("c2ma") }) else {
                throw ProvenanceError("the manifest store holds no manifest")
            }
            manifest = active
        } catch {
            return CredentialsReport(state: .invalid, codes: ["claim.malformed"], failures: ["claim.malformed"], manifest: nil, problem: "\(error)")
        }
        return check(manifest, file: url)
    }

    /// The JUMBF bytes of the C2PA `uuid` box, or nil when the file has none.
    static func manifestStore(in url: URL) throws -> [UInt8]? {
        let boxes: [MP4Box]
        do { boxes = try MP4Boxes.topLevel(url) } catch { throw ProvenanceError("\(error)") }
        guard boxes.first?.type == "ftyp" else { throw ProvenanceError("\(url.lastPathComponent): not an MP4 video (no 'ftyp' box at the start)") }
        let file = try FileHandle(forReadingFrom: url)
        defer { try? file.close() }
        for box in boxes where box.type == "uuid" && box.size > box.headerSize + 16 + 4 + 9 + 8 {
            try file.seek(toOffset: UInt64(box.payloadOffset))
            let head = [UInt8](try file.read(upToCount: 16 + 4 + 9) ?? Data())
            guard Array(head.prefix(16)) == C2PALabels.boxUUID, head.suffix(9) == Array("manifest\0".utf8)[...] else { continue }
            let length = box.size - box.headerSize - 16 - 4 - 9 - 8
            guard length <= 64 << 20 else { throw ProvenanceError("\(url.lastPathComponent): a \(length)-byte manifest store is beyond any sane size") }
            try file.seek(toOffset: UInt64(box.payloadOffset + 16 + 4 + 9 + 8))
            return [UInt8](try file.read(upToCount: length) ?? Data())
        }
        return nil
    }

    private mutating func check(_ manifest: JUMBFBox, file: URL) -> CredentialsReport {
        var summary = CredentialsReport.Summary()
        guard let claimBox = manifest.child(C2PALabels.claim) ?? manifest.child("c2pa.claim"), let claimBytes = claimBox.firstPayload,
              let claim = try? CBOR.decode(claimBytes)
        else { return malformed("the manifest has no readable claim") }
        summary.title = claim["dc:title"]?.textValue
        summary.generator = [claim["claim_generator_info"]?["name"]?.textValue ?? claim["claim_generator_info"]?.arrayValue?.first?["name"]?.textValue,
                             claim["claim_generator_info"]?["version"]?.textValue].compactMap { $0 }.joined(separator: " ")

        guard let signatureBytes = manifest.child(C2PALabels.signature)?.firstPayload else { return malformed("the manifest has no signature") }
        switch Result(catching: { () throws(ProvenanceError) in try COSESign1.parse(signatureBytes) }) {
        case .failure(let error): record("claimSignature.mismatch", failed: true); summary.signer = error.description
        case .success(let cose): checkSignature(cose, claim: claimBytes, summary: &summary)
        }

        let assertionStore = manifest.child(C2PALabels.assertions)
        let references = ["created_assertions", "gathered_assertions", "assertions"].flatMap { claim[$0]?.arrayValue ?? [] }
        var hardBinding: CBOR?
        for reference in references {
            guard let url = reference["url"]?.textValue, let hash = reference["hash"]?.bytesValue,
                  let label = url.components(separatedBy: "c2pa.assertions/").last,
                  let box = assertionStore?.child(label)
            else { record("assertion.missing", failed: true); continue }
            record(SHA256Digest.of(box.payload()) == hash ? "assertion.hashedURI.match" : "assertion.hashedURI.mismatch",
                   failed: SHA256Digest.of(box.payload()) != hash)
            describe(box, into: &summary, hardBinding: &hardBinding)
        }
        if let binding = hardBinding {
            checkHardBinding(binding, file: file)
        } else {
            record("claim.hardBindings.missing", failed: true)
        }
        let trusted = codes.contains("signingCredential.trusted")
        let blocking = failures.filter { $0 != "signingCredential.untrusted" }
        let state: CredentialsReport.State = !blocking.isEmpty ? .invalid : (trusted ? .trusted : .valid)
        return CredentialsReport(state: state, codes: codes, failures: failures, manifest: summary, problem: nil)
    }

    private mutating func checkSignature(_ cose: COSESign1.Parsed, claim: [UInt8], summary: inout CredentialsReport.Summary) {
        guard let leaf = cose.chain.first else { record("signingCredential.invalid", failed: true); return }
        summary.signer = leaf.subject.description
        summary.signedUntil = ISO8601DateFormatter().string(from: leaf.notValidAfter)
        guard cose.algorithm == COSESign1.algorithmES256, let key = P256.Signing.PublicKey(leaf.publicKey),
              let signature = try? P256.Signing.ECDSASignature(rawRepresentation: cose.signature)
        else { record("algorithm.unsupported", failed: true); return }
        let valid = key.isValidSignature(signature, for: COSESign1.toBeSigned(protected: cose.protected, claim: claim))
        record(valid ? "claimSignature.validated" : "claimSignature.mismatch", failed: !valid)
        if let problem = CertificateProfile.problem(leaf) {
            record("signingCredential.invalid", failed: true)
            summary.signer = "\(leaf.subject) (\(problem))"
        }
        let inside = leaf.notValidBefore <= now && now <= leaf.notValidAfter
        record(inside ? "claimSignature.insideValidity" : "claimSignature.outsideValidity", failed: !inside)
        let trusted = CertificateProfile.chainsToAnchor(cose.chain, anchors: anchors)
        record(trusted ? "signingCredential.trusted" : "signingCredential.untrusted", failed: !trusted)
    }

    private mutating func checkHardBinding(_ binding: CBOR, file: URL) {
        do {
            let exclusions = try (binding["exclusions"]?.arrayValue ?? []).map { item throws(ProvenanceError) in try BMFFHash.Exclusion(item) }
            guard binding["alg"]?.textValue ?? "sha256" == "sha256", let expected = binding["hash"]?.bytesValue else {
                record("algorithm.unsupported", failed: true)
                return
            }
            let actual = try BMFFHash.compute(file, exclusions: exclusions)
            record(actual == expected ? "assertion.bmffHash.match" : "assertion.bmffHash.mismatch", failed: actual != expected)
        } catch {
            record("assertion.bmffHash.mismatch", failed: true)
        }
    }

    /// Reads what people want to know from the assertions Kinora writes.
    private func describe(_ box: JUMBFBox, into summary: inout CredentialsReport.Summary, hardBinding: inout CBOR?) {
        guard let payload = box.firstPayload else { return }
        switch box.label {
        case C2PALabels.bmffHash, "c2pa.hash.bmff.v2":
            hardBinding = try? CBOR.decode(payload)
        case C2PALabels.actions, "c2pa.actions":
            let first = (try? CBOR.decode(payload))?["actions"]?.arrayValue?.first
            summary.action = first?["action"]?.textValue
            summary.digitalSourceType = first?["digitalSourceType"]?.textValue
        case C2PALabels.creativeWork:
            let json = try? JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any]
            summary.creator = ((json?["author"] as? [[String: Any]])?.first?["name"]) as? String
        case C2PALabels.kinora:
            guard case .map(let pairs)? = try? CBOR.decode(payload) else { return }
            var facts: [String: String] = [:]
            for (key, value) in pairs { if let k = key.textValue, let v = value.textValue { facts[k] = v } }
            summary.watermark = facts.removeValue(forKey: "watermark")
            summary.parameters = facts
        default: break
        }
    }

    private mutating func record(_ code: String, failed: Bool) {
        codes.append(code)
        if failed { failures.append(code) }
    }

    private func malformed(_ problem: String) -> CredentialsReport {
        CredentialsReport(state: .invalid, codes: ["claim.malformed"], failures: ["claim.malformed"], manifest: nil, problem: problem)
    }
}
