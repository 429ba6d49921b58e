import Foundation
import SwiftASN1
import X509

/// C2PA's rules for signing certificates (§14.5.1) and the walk from a signer to a trust anchor.
enum CertificateProfile {
    /// The extended key usages C2PA accepts for claim signing.
    static let allowedUsages: [ExtendedKeyUsage.Usage] = [
        ExtendedKeyUsage.Usage(oid: SigningIdentity.claimSigningUsage), .emailProtection,
        ExtendedKeyUsage.Usage(oid: [1, 3, 6, 1, 5, 5, 7, 3, 36]), ExtendedKeyUsage.Usage(oid: [1, 3, 6, 1, 4, 1, 311, 76, 59, 1, 9]),
    ]

    /// Why `leaf` may not sign claims, or nil when it may.
    static func problem(_ leaf: Certificate) -> String? {
        guard leaf.version == .v3 else { return "not an X.509 v3 certificate" }
        let extensions = leaf.extensions
        if case .isCertificateAuthority? = try? extensions.basicConstraints { return "a CA certificate may not sign claims" }
        guard let usage = try? extensions.keyUsage, usage.digitalSignature else { return "key usage lacks digitalSignature" }
        guard let eku = try? extensions.extendedKeyUsage else { return "no extended key usage" }
        if eku.contains(.any) { return "anyExtendedKeyUsage is not allowed" }
        guard eku.contains(where: allowedUsages.contains) else { return "no extended key usage that allows claim signing" }
        guard (try? extensions.authorityKeyIdentifier) != nil else { return "no authority key identifier" }
        return nil
    }

    /// True when each certificate is signed by the next (or by an anchor) up to an anchor.
    static func chainsToAnchor(_ chain: [Certificate], anchors: [Certificate]) -> Bool {
        guard var current = chain.first else { return false }
        var rest = Array(chain.dropFirst())
        for _ in 0...chain.count {
            if anchors.contains(current) { return true }
            if anchors.contains(where: { issued(current, by: $0) }) { return true }
            guard let index = rest.firstIndex(where: { issued(current, by: $0) }) else { return false }
            current = rest.remove(at: index)
        }
        return false
    }

    private static func issued(_ certificate: Certificate, by issuer: Certificate) -> Bool {
        issuer.subject == certificate.issuer && issuer.publicKey.isValidSignature(certificate.signature, for: certificate)
    }
}
