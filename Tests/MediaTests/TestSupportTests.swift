import Foundation
import TestSupport
import Testing

struct TestSupportTests {
    @Test func temporaryDirectoriesAreFreshAndDistinct() throws {
        let a = try TestSupport.temporaryDirectory()
        let b = try TestSupport.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        #expect(a != b)
        #expect(try FileManager.default.contentsOfDirectory(atPath: a.path).isEmpty)
    }

    @Test func kinoraExecutableHonoursKINORA_BINOrReportsWhereItLooked() throws {
        // The tool may or may not be built yet in this scratch path; either answer must be a clear one.
        do {
            let url = try TestSupport.kinoraExecutable()
            #expect(url.lastPathComponent == "kinora")
            // SwiftPM builds the tool next to the test runner, whatever the scratch path: that copy wins.
            if let sibling = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("kinora"),
                FileManager.default.isExecutableFile(atPath: sibling.path), ProcessInfo.processInfo.environment["KINORA_BIN"] == nil
            {
                #expect(url == sibling.standardizedFileURL)
            }
            #expect(FileManager.default.isExecutableFile(atPath: url.path))
        } catch let error as TestSupport.ExecutableNotFound {
            #expect(error.description.hasPrefix("kinora executable not found; run `swift build` or set KINORA_BIN"))
        }
    }
}
