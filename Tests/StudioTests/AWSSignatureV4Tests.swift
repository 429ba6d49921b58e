import Foundation
import Testing

@testable import Studio

/// The signer against the worked examples AWS publishes for S3 (sig-v4-header-based-auth) and the
/// first case of its general SigV4 test suite: if these match, real stores accept our requests.
struct AWSSignatureV4Tests {
    static let s3Example = AWSSignatureV4(accessKey: "AKIAIOSFODNN7EXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", region: "us-east-1", service: "s3")
    /// 2013-05-24T00:00:00Z, the examples' moment.
    static let may24 = Date(timeIntervalSince1970: 1_369_353_600)

    @Test func getObjectWithRange() {
        let auth = Self.s3Example.authorization(
            method: "GET", path: "/test.txt", query: [],
            headers: [("Host", "examplebucket.s3.amazonaws.com"), ("Range", "bytes=0-9"), ("x-amz-content-sha256", AWSSignatureV4.emptyPayloadHash), ("x-amz-date", "20130524T000000Z")],
            payloadHash: AWSSignatureV4.emptyPayloadHash, date: Self.may24)
        #expect(auth == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
    }

    @Test func putObjectEncodesTheDollarInTheKey() {
        let body = Data("Welcome to Amazon S3.".utf8)
        let hash = AWSSignatureV4.sha256Hex(body)
        #expect(hash == "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072")
        let auth = Self.s3Example.authorization(
            method: "PUT", path: "/test$file.text", query: [],
            headers: [
                ("Host", "examplebucket.s3.amazonaws.com"), ("Date", "Fri, 24 May 2013 00:00:00 GMT"), ("x-amz-date", "20130524T000000Z"),
                ("x-amz-storage-class", "REDUCED_REDUNDANCY"), ("x-amz-content-sha256", hash),
            ],
            payloadHash: hash, date: Self.may24)
        #expect(auth.hasSuffix("SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"))
    }

    @Test func listObjectsSortsTheQuery() {
        let auth = Self.s3Example.authorization(
            method: "GET", path: "/", query: [("prefix", "J"), ("max-keys", "2")],
            headers: [("Host", "examplebucket.s3.amazonaws.com"), ("x-amz-date", "20130524T000000Z"), ("x-amz-content-sha256", AWSSignatureV4.emptyPayloadHash)],
            payloadHash: AWSSignatureV4.emptyPayloadHash, date: Self.may24)
        #expect(auth.hasSuffix("Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"))
    }

    @Test func testSuiteGetVanilla() {
        let signer = AWSSignatureV4(accessKey: "AKIDEXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", region: "us-east-1", service: "service")
        let date = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z
        #expect(AWSSignatureV4.timestamp(date) == "20150830T123600Z")
        let auth = signer.authorization(
            method: "GET", path: "/", query: [], headers: [("Host", "example.amazonaws.com"), ("X-Amz-Date", "20150830T123600Z")],
            payloadHash: AWSSignatureV4.emptyPayloadHash, date: date)
        #expect(auth == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
    }

    @Test func percentEncodingKeepsOnlyUnreservedCharacters() {
        #expect(AWSSignatureV4.percentEncode("a b/c=d~e_f.g-h+é") == "a%20b%2Fc%3Dd~e_f.g-h%2B%C3%A9")
        #expect(AWSSignatureV4.percentEncode("/bucket/video 1/x", keepingSlashes: true) == "/bucket/video%201/x")
    }
}
