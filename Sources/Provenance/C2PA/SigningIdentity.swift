public import Foundation
public import Crypto
public import X509
public import SwiftASN1

/// The key and certificate chain that sign C2PA claims.
///
/// Kinora makes its own private root on first use (a CA that signs only the studio's
/// signing certificate) so that credentials verify as `Valid` anywhere and as `Trusted`
/// where the operator's root is configured as an anchor. Operators who hold a certificate
/// from a C2PA-trusted CA supply it instead with ``load(certificates:privateKey:)``.
public struct SigningIdentity: Sendable {
    /// The leaf first, then any intermediates; never the root (C2PA's `x5chain` rule).
    public let chain: [Certificate]
    let key: P256.Signing.PrivateKey

    /// The OID of C2PA's claim-signing extended key usage (c2pa-kp-claimSigning).
    public static let claimSigningUsage: ASN1ObjectIdentifier = [1, 3, 6, 1, 4, 1, 62558, 2, 1]

    public init(chain: [Certificate], key: P256.Signing.PrivateKey) throws(ProvenanceError) {
        guard let leaf = chain.first else { throw ProvenanceError("the signing chain holds no certificate") }
        guard leaf.publicKey == Certificate.PublicKey(key.publicKey) else {
            throw ProvenanceError("the private key does not belong to the signing certificate (\(leaf.subject))")
        }
        self.chain = chain
        self.key = key
    }

    /// Signs `message` with ES256; the result is the raw `r || s` (64 bytes) that COSE wants.
    func sign(_ message: [UInt8]) throws -> [UInt8] {
        Array(try key.signature(for: message).rawRepresentation)
    }

    /// Reads an operator's PEM certificate chain (leaf first) and PKCS#8 or SEC1 P-256 key.
    public static func load(certificates: URL, privateKey: URL) throws(ProvenanceError) -> SigningIdentity {
        let pem = try text(certificates, what: "certificate")
        let chain: [Certificate]
        do {
            chain = try PEMDocument.parseMultiple(pemString: pem).map { try Certificate(pemDocument: $0) }
        } catch {
            throw ProvenanceError("\(certificates.path): not a PEM certificate chain (\(error))")
        }
        guard !chain.isEmpty else { throw ProvenanceError("\(certificates.path): no certificate in the file") }
        let keyPEM = try text(privateKey, what: "private key")
        let key: P256.Signing.PrivateKey
        do { key = try P256.Signing.PrivateKey(pemRepresentation: keyPEM) } catch {
            throw ProvenanceError("\(privateKey.path): not a PEM P-256 private key (ES256 is the signing algorithm)")
        }
        return try SigningIdentity(chain: chain, key: key)
    }

    /// The studio's own identity in `folder`, created with a new private root on first use.
    ///
    /// The folder is made `0700` and the private keys `0600`. The root's key is kept so the
    /// signing certificate can be renewed under the same root.
    public static func studio(in folder: URL, organization: String = "Kinora Studio") throws(ProvenanceError) -> SigningIdentity {
        let files = StudioIdentityFiles(folder: folder)
        if !FileManager.default.fileExists(atPath: files.signingKey.path) {
            try files.createOnce(organization: organization)
        }
        return try load(certificates: files.signingChain, privateKey: files.signingKey)
    }

    private static func text(_ url: URL, what: String) throws(ProvenanceError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path), let s = String(data: data, encoding: .utf8) else {
            throw ProvenanceError("\(url.path): cannot read the \(what)")
        }
        return s
    }
}

/// Where the studio keeps its provenance keys, and how they are made.
public struct StudioIdentityFiles: Sendable {
    public let folder: URL
    public var root: URL { folder.appendingPathComponent("root.pem") }
    var rootKey: URL { folder.appendingPathComponent("root.key") }
    var signingChain: URL { folder.appendingPathComponent("signing.pem") }
    var signingKey: URL { folder.appendingPathComponent("signing.key") }

    public init(folder: URL) { self.folder = folder }

    /// Creates the identity unless another process did so first: concurrent first uses (parallel
    /// renders, several workers) must agree on one root, so creation holds an exclusive lock.
    func createOnce(organization: String) throws(ProvenanceError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
        } catch {
            throw ProvenanceError("cannot create \(folder.path): \(error)")
        }
        let fd = open(folder.appendingPathComponent(".lock").path, O_CREAT | O_RDWR, 0o600)
        guard fd >= 0 else { throw ProvenanceError("cannot lock \(folder.path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw ProvenanceError("cannot lock \(folder.path): \(String(cString: strerror(errno)))") }
        defer { flock(fd, LOCK_UN) }
        if !FileManager.default.fileExists(atPath: signingKey.path) { try create(organization: organization) }
    }

    private func create(organization: String) throws(ProvenanceError) {
        do {
            let now = Date()
            let rootKey = P256.Signing.PrivateKey()
            let rootName = try DistinguishedName {
                OrganizationName(organization)
                CommonName("\(organization) Content Credentials Root")
            }
            let rootPublic = Certificate.PublicKey(rootKey.publicKey)
            let rootSKI = SubjectKeyIdentifier(hash: rootPublic)
            let root = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: rootPublic,
                notValidBefore: now.addingTimeInterval(-3600), notValidAfter: now.addingTimeInterval(20 * 365 * 86400),
                issuer: rootName, subject: rootName, signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                    Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                    rootSKI
                },
                issuerPrivateKey: Certificate.PrivateKey(rootKey))

            let leafKey = P256.Signing.PrivateKey()
            let leafPublic = Certificate.PublicKey(leafKey.publicKey)
            let leaf = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: leafPublic,
                notValidBefore: now.addingTimeInterval(-3600), notValidAfter: now.addingTimeInterval(10 * 365 * 86400),
                issuer: rootName,
                subject: try DistinguishedName {
                    OrganizationName(organization)
                    CommonName("\(organization) Content Credentials Signer")
                },
                signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.notCertificateAuthority)
                    Critical(KeyUsage(digitalSignature: true))
                    try ExtendedKeyUsage([ExtendedKeyUsage.Usage(oid: SigningIdentity.claimSigningUsage), .emailProtection])
                    AuthorityKeyIdentifier(keyIdentifier: rootSKI.keyIdentifier)
                    SubjectKeyIdentifier(hash: leafPublic)
                },
                issuerPrivateKey: Certificate.PrivateKey(rootKey))

            try write(rootKey.pemRepresentation, to: self.rootKey, secret: true)
            try write(try root.serializeAsPEM().pemString, to: self.root, secret: false)
            try write(try leaf.serializeAsPEM().pemString, to: signingChain, secret: false)
            // The key is written last: its presence marks a complete identity.
            try write(leafKey.pemRepresentation, to: signingKey, secret: true)
        } catch let error as ProvenanceError {
            throw error
        } catch {
            throw ProvenanceError("cannot create the signing identity in \(folder.path): \(error)")
        }
    }

    private func write(_ text: String, to url: URL, secret: Bool) throws {
        let partial = url.appendingPathExtension("partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: Data(text.utf8), attributes: [.posixPermissions: secret ? 0o600 : 0o644]) else {
            throw ProvenanceError("cannot write \(url.path)")
        }
        try atomicReplace(url, with: partial)
    }
}

/// A provenance failure, said in one line: what went wrong and with which file.
public struct ProvenanceError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
