/// Labels and identifiers fixed by the C2PA specification, and Kinora's own assertion label.
enum C2PALabels {
    static let store = "c2pa"
    static let assertions = "c2pa.assertions"
    static let claim = "c2pa.claim.v2"
    static let signature = "c2pa.signature"
    static let actions = "c2pa.actions.v2"
    static let bmffHash = "c2pa.hash.bmff.v3"
    static let creativeWork = "stds.schema-org.CreativeWork"
    static let kinora = "org.kinora.video"

    /// The ISO BMFF `uuid` box type of C2PA manifest stores.
    static let boxUUID: [UInt8] = [0xD8, 0xFE, 0xC3, 0xD6, 0x1B, 0x0E, 0x48, 0x3C, 0x92, 0x97, 0x58, 0x28, 0x87, 0x7E, 0xC4, 0x81]

    static func uri(manifest: String, _ path: String) -> String { "self#jumbf=/c2pa/\(manifest)/\(path)" }
}
