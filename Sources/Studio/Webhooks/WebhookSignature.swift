import Crypto
import Foundation

/// Standard Webhooks signing: `v1,` + base64(HMAC-SHA256(key, "<id>.<timestamp>.<body>")),
/// where the key is the base64 part of a `whsec_` secret.
enum WebhookSignature {
    static func sign(id: String, timestamp: Int64, body: String, secret: String) -> String {
        let encoded = secret.hasPrefix("whsec_") ? String(secret.dropFirst(6)) : secret
        let key = SymmetricKey(data: Data(base64Encoded: encoded) ?? Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(id).\(timestamp).\(body)".utf8), using: key)
        return "v1," + Data(mac).base64EncodedString()
    }
}
