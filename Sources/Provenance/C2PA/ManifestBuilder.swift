import Foundation

/// Lays out one video's C2PA manifest store: the assertions, the claim that hashes them,
/// and the COSE signature over the claim.
struct ManifestBuilder {
    let content: CredentialsContent
    let identity: SigningIdentity
    /// `urn:c2pa:<uuid>`, the manifest's JUMBF label.
    let label: String
    let instanceID: String

    init(content: CredentialsContent, identity: SigningIdentity, id: UUID = UUID()) {
        self.content = content
        self.identity = identity
        label = "urn:c2pa:\(id.uuidString.lowercased())"
        instanceID = "xmp:iid:\(id.uuidString.lowercased())"
    }

    /// The store as a `jumb` box. With `signed == false` the signature is zeros of the same
    /// length, so the layout (and the file offsets after it) is final before the file is hashed.
    func store(bmffHash: [UInt8], signed: Bool) throws -> [UInt8] {
        let assertions = assertionBoxes(bmffHash: bmffHash)
        let claim = claim(assertions).encoded()
        let signature = signed ? try COSESign1.sign(claim: claim, identity: identity) : try COSESign1.placeholder(identity: identity)
        let manifest = JUMBFBox(type: JUMBFBox.typeUUID("c2ma"), label: label, contents: [
            .superbox(JUMBFBox(type: JUMBFBox.typeUUID("c2as"), label: C2PALabels.assertions, contents: assertions.map { .superbox($0) })),
            .superbox(JUMBFBox(type: JUMBFBox.typeUUID("c2cl"), label: C2PALabels.claim, contents: [.box(type: "cbor", payload: claim)])),
            .superbox(JUMBFBox(type: JUMBFBox.typeUUID("c2cs"), label: C2PALabels.signature, contents: [.box(type: "cbor", payload: signature)])),
        ])
        return JUMBFBox(type: JUMBFBox.typeUUID("c2pa"), label: C2PALabels.store, contents: [.superbox(manifest)]).encoded()
    }

    private func claim(_ assertions: [JUMBFBox]) -> CBOR {
        var fields: [(CBOR, CBOR)] = [
            (.text("instanceID"), .text(instanceID)),
            (.text("claim_generator_info"), generatorInfo),
            (.text("signature"), .text(C2PALabels.uri(manifest: label, C2PALabels.signature))),
            (.text("created_assertions"), .array(assertions.map { box in
                .map([
                    (.text("url"), .text(C2PALabels.uri(manifest: label, "\(C2PALabels.assertions)/\(box.label)"))),
                    (.text("hash"), .bytes(SHA256Digest.of(box.payload()))),
                ])
            })),
            (.text("alg"), .text("sha256")),
        ]
        if let title = content.title { fields.append((.text("dc:title"), .text(title))) }
        return .map(fields)
    }

    private var generatorInfo: CBOR {
        .map([(.text("name"), .text(content.generatorName)), (.text("version"), .text(content.generatorVersion))])
    }

    private func assertionBoxes(bmffHash: [UInt8]) -> [JUMBFBox] {
        let created: CBOR = .map([
            (.text("action"), .text("c2pa.created")),
            (.text("digitalSourceType"), .text(content.sourceType.uri)),
            (.text("softwareAgent"), generatorInfo),
        ])
        var boxes = [
            cborAssertion(C2PALabels.actions, .map([(.text("actions"), .array([created]))])),
            cborAssertion(C2PALabels.bmffHash, .map([
                (.text("exclusions"), .array(BMFFHash.mandatoryExclusions.map(\.cbor))),
                (.text("alg"), .text("sha256")),
                (.text("hash"), .bytes(bmffHash)),
                (.text("name"), .text("jumbf manifest")),
            ])),
        ]
        if let creator = content.creator {
            let work: [String: Any] = [
                "@context": "https://schema.org", "@type": "CreativeWork",
                "author": [["@type": "Person", "name": creator]],
            ]
            let json = (try? JSONSerialization.data(withJSONObject: work, options: [.sortedKeys])) ?? Data()
            boxes.append(JUMBFBox(type: JUMBFBox.typeUUID("json"), label: C2PALabels.creativeWork, contents: [.box(type: "json", payload: Array(json))]))
        }
        var facts = content.parameters
        if let watermark = content.watermark { facts["watermark"] = watermark }
        if !facts.isEmpty {
            boxes.append(cborAssertion(C2PALabels.kinora, .map(facts.sorted { $0.key < $1.key }.map { (.text($0.key), .text($0.value)) })))
        }
        return boxes
    }

    private func cborAssertion(_ label: String, _ value: CBOR) -> JUMBFBox {
        JUMBFBox(type: JUMBFBox.typeUUID("cbor"), label: label, contents: [.box(type: "cbor", payload: value.encoded())])
    }
}
