import Crypto
import X509
import SwiftASN1

/// COSE_Sign1 (RFC 9052) as C2PA uses it: ES256, the certificate chain in the protected
/// header (label 33, `x5chain`), a detached payload (the claim).
enum COSESign1 {
    static let tag: UInt64 = 18
    static let algorithmES256 = -7
    static let x5chainLabel = 33

    /// The signature box's content for `claim`, signed by `identity`.
    static func sign(claim: [UInt8], identity: SigningIdentity) throws -> [UInt8] {
        let protected = try protectedHeader(identity.chain).encoded()
        let signature = try identity.sign(toBeSigned(protected: protected, claim: claim))
        return CBOR.tagged(tag, .array([.bytes(protected), .map([]), .null, .bytes(signature)])).encoded()
    }

    /// The same size as a real signature, so a store can be laid out before the file is hashed.
    static func placeholder(identity: SigningIdentity) throws -> [UInt8] {
        let protected = try protectedHeader(identity.chain).encoded()
        return CBOR.tagged(tag, .array([.bytes(protected), .map([]), .null, .bytes([UInt8](repeating: 0, count: 64))])).encoded()
    }

    static func toBeSigned(protected: [UInt8], claim: [UInt8]) -> [UInt8] {
        CBOR.array([.text("Signature1"), .bytes(protected), .bytes([]), .bytes(claim)]).encoded()
    }

    private static func protectedHeader(_ chain: [Certificate]) throws -> CBOR {
        let ders = try chain.map { cert -> CBOR in
            var serializer = DER.Serializer()
            try serializer.serialize(cert)
            return .bytes(serializer.serializedBytes)
        }
        // One certificate is a single bstr, several are an array (as the reference implementation writes).
        return .map([(.int(1), .int(algorithmES256)), (.int(x5chainLabel), ders.count == 1 ? ders[0] : .array(ders))])
    }

    /// What a signature box says, parsed.
    struct Parsed {
        var protected: [UInt8]
        var algorithm: Int?
        var chain: [Certificate]
        var signature: [UInt8]
    }

    static func parse(_ bytes: [UInt8]) throws(ProvenanceError) -> Parsed {
        let item: CBOR
        do { item = try CBOR.decode(bytes) } catch { throw ProvenanceError("signature: not CBOR (\(error))") }
        guard case .tagged(tag, .array(let parts)) = item, parts.count == 4,
              let protected = parts[0].bytesValue, let signature = parts[3].bytesValue
        else { throw ProvenanceError("signature: not a COSE_Sign1 structure") }
        let header: CBOR
        do { header = try CBOR.decode(protected) } catch { throw ProvenanceError("signature: the protected header is not CBOR") }
        var ders: [[UInt8]] = []
        switch header[label: x5chainLabel] {
        case .bytes(let der)?: ders = [der]
        case .array(let items)?: ders = items.compactMap(\.bytesValue)
        default: throw ProvenanceError("signature: no certificate chain (x5chain) in the protected header")
        }
        var chain: [Certificate] = []
        for der in ders {
            do { chain.append(try Certificate(derEncoded: der)) } catch { throw ProvenanceError("signature: a certificate of the chain is malformed") }
        }
        return Parsed(protected: protected, algorithm: header[label: 1]?.intValue, chain: chain, signature: signature)
    }
}
