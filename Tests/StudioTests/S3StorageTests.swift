import Foundation
import Testing

@testable import Studio

/// `S3Storage` against the real store that `scripts/with-seaweedfs` starts (skipped without one):
/// keys that need percent-encoding survive the round trip, and `delete` pages through a listing.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["S3_ENDPOINT"] != nil, "needs an S3 store: scripts/with-seaweedfs"))
struct S3StorageTests {
    /// A fresh bucket (created by `connect`) with a prefix that itself needs encoding.
    func freshStorage(pageSize: Int = 1000) async throws -> S3Storage {
        let bucket = "kinora-unit-\(UInt64.random(in: 0..<(1 << 48)))"
        let location = try S3Location(storageURL: "s3://\(bucket)/a prefix", environment: ProcessInfo.processInfo.environment)
        return try await S3Storage.connect(location, pageSize: pageSize)
    }

    func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kinora-s3-\(UUID().uuidString)")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func keysThatNeedEncodingRoundTrip() async throws {
        let storage = try await freshStorage()
        for key in ["video_1/space name.mp4", "video_1/plus+and&amp=.jpg", "video_1/été~(1).webp"] {
            let source = try file("bytes of \(key)")
            defer { try? FileManager.default.removeItem(at: source) }
            try await storage.put(source, key: key, contentType: "application/octet-stream")
            #expect(try await storage.get(key) == Data("bytes of \(key)".utf8))
        }
        #expect(try await storage.get("video_1/missing.mp4") == nil)
    }

    @Test func deletePagesThroughEveryKeyUnderThePrefixAndNoOther() async throws {
        let storage = try await freshStorage(pageSize: 2)
        let source = try file("x")
        defer { try? FileManager.default.removeItem(at: source) }
        let doomed = (0..<5).map { "video_a/file \($0)" }
        for key in doomed + ["video_b/kept"] { try await storage.put(source, key: key, contentType: "text/plain") }
        try await storage.delete(prefix: "video_a/")
        for key in doomed { #expect(try await storage.get(key) == nil, "\(key)") }
        #expect(try await storage.get("video_b/kept") == Data("x".utf8))
    }
}
