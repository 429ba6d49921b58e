import Testing

@testable import Studio

struct S3LocationTests {
    static let keys = ["AWS_ACCESS_KEY_ID": "id", "AWS_SECRET_ACCESS_KEY": "secret"]

    @Test func bucketPrefixEndpointAndDefaults() throws {
        let location = try S3Location(storageURL: "s3://media/kinora/eu/", environment: Self.keys.merging(["S3_ENDPOINT": "http://127.0.0.1:8333/"]) { $1 })
        #expect(location.bucket == "media" && location.prefix == "kinora/eu")
        #expect(location.endpoint == "http://127.0.0.1:8333" && location.host == "127.0.0.1:8333")
        #expect(location.signer.region == "us-east-1" && location.signer.service == "s3")
        #expect(location.objectKey("video_1/video.mp4") == "kinora/eu/video_1/video.mp4")
        #expect("\(location)" == "s3://media/kinora/eu at http://127.0.0.1:8333")
    }

    @Test func awsEndpointFromTheRegionAndTheS3KeyNames() throws {
        let location = try S3Location(storageURL: "s3://media", environment: ["S3_REGION": "eu-west-3", "S3_ACCESS_KEY": "id", "S3_SECRET_KEY": "secret"])
        #expect(location.endpoint == "https://s3.eu-west-3.amazonaws.com" && location.prefix.isEmpty)
        #expect(location.signer.accessKey == "id" && location.signer.secretKey == "secret" && location.signer.region == "eu-west-3")
        #expect(location.objectKey("video_1/video.mp4") == "video_1/video.mp4")
    }

    @Test(arguments: ["s3://", "s3://Media", "s3://ab", "s3://my_bucket/x"])
    func badBucketsAreRefused(url: String) {
        #expect(throws: StudioError.self) { try S3Location(storageURL: url, environment: Self.keys) }
    }

    @Test func missingKeysOrABadEndpointAreRefused() {
        #expect(throws: StudioError.self) { try S3Location(storageURL: "s3://media", environment: ["AWS_ACCESS_KEY_ID": "id"]) }
        #expect(throws: StudioError.self) { try S3Location(storageURL: "s3://media", environment: Self.keys.merging(["S3_ENDPOINT": "127.0.0.1:8333"]) { $1 }) }
        #expect(throws: StudioError.self) { try S3Location(storageURL: "s3://media", environment: Self.keys.merging(["S3_ENDPOINT": "http://h/base"]) { $1 }) }
    }
}
