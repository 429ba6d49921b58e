import Foundation
import Provenance
import X509

/// Where the CLI finds its signing identity and trust anchors.
///
/// - `KINORA_SIGNING_CERT` and `KINORA_SIGNING_KEY`: an operator's PEM chain and P-256 key.
/// - Otherwise the studio's own identity in `$KINORA_HOME/credentials` (default
///   `~/.kinora/credentials`), made with a private root on first use.
enum StudioKeys {
    static var home: URL {
        if let home = ProcessInfo.processInfo.environment["KINORA_HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".kinora")
    }

    static var files: StudioIdentityFiles { StudioIdentityFiles(folder: home.appendingPathComponent("credentials")) }

    static func signingIdentity() throws -> SigningIdentity {
        let env = ProcessInfo.processInfo.environment
        switch (env["KINORA_SIGNING_CERT"], env["KINORA_SIGNING_KEY"]) {
        case (let cert?, let key?):
            return try SigningIdentity.load(certificates: absolute(cert), privateKey: absolute(key))
        case (nil, nil):
            return try SigningIdentity.studio(in: files.folder)
        default:
            throw CLIError("set both KINORA_SIGNING_CERT and KINORA_SIGNING_KEY, or neither")
        }
    }

    /// The studio's root (when it exists) and the certificates in `extra` files.
    static func anchors(extra: [String]) throws -> [Certificate] {
        var anchors: [Certificate] = []
        if FileManager.default.fileExists(atPath: files.root.path) { anchors += try ContentCredentials.anchors(from: files.root) }
        for path in extra { anchors += try ContentCredentials.anchors(from: absolute(path)) }
        return anchors
    }

    /// The creator named when none is given: `KINORA_CREATOR`, else `@` and the login name.
    static var defaultCreator: String {
        let env = ProcessInfo.processInfo.environment
        if let creator = env["KINORA_CREATOR"], !creator.isEmpty { return creator }
        return "@" + (env["USER"] ?? NSUserName())
    }
}
