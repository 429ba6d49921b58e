import ArgumentParser
import Foundation
import Provenance

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tell where a video came from: its C2PA content credentials and its invisible watermark.",
        discussion: """
            Checks the credentials' signature, certificate and trust (the studio's own root and any
            --anchors are trusted), that every assertion and the file's bytes still match what was
            signed, and says it in plain words. Exit status 0 whenever a verdict was reached, 1 when
            the file cannot be read as a video.
              kinora verify clip.mp4
              kinora verify clip.mp4 --anchors partner-root.pem --json
            """)

    @Argument(help: "The video to check.")
    var file: String

    @Option(help: "A PEM file of root certificates to trust (repeatable).")
    var anchors: [String] = []

    @Flag(help: "Print the verdict as one JSON object on stdout.")
    var json = false

    struct Verdict: Encodable {
        var file: String
        var c2pa: CredentialsReport
        var watermark: Watermark
        var explanation: String
    }

    /// The invisible watermark as the verdict shows it: `payload` is the 64-bit message in hex.
    struct Watermark: Encodable {
        var found: Bool
        var payload: String?
        var confidence: Double
        var issuer: UInt16?
        var videoID: String?
        var aiGenerated: Bool?
        var falsePositiveBound: Double
        var framesUsed: Int

        init(_ d: WatermarkDetection) {
            found = d.found
            payload = d.payload?.hex
            confidence = d.confidence
            issuer = d.payload?.issuer
            videoID = d.payload.map { String($0.videoID, radix: 16) }
            aiGenerated = d.payload?.aiGenerated
            falsePositiveBound = d.falsePositiveBound
            framesUsed = d.framesUsed
        }
    }

    func run() throws {
        let url = absolute(file)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw CLIError("\(file): no such file")
        }
        let verdict: Verdict
        do {
            let report = try ContentCredentials.verify(url, anchors: try StudioKeys.anchors(extra: anchors))
            let mark = try WatermarkDetector.detect(video: url)
            verdict = Verdict(file: url.path, c2pa: report, watermark: Watermark(mark), explanation: VerdictWords.explain(report, watermark: mark))
        } catch {
            throw CLIError("\(error)")
        }
        if json {
            try JSONOutput.print(verdict)
        } else {
            print(verdict.explanation)
            if !verdict.c2pa.codes.isEmpty { print("C2PA: \(verdict.c2pa.state.rawValue) (\(verdict.c2pa.codes.joined(separator: ", ")))") }
            let w = verdict.watermark
            print(w.found ? "Watermark: found, payload \(w.payload ?? "?"), confidence \(w.confidence)" : "Watermark: not found (confidence it is there: \(String(format: "%.2f", w.confidence)))")
        }
    }
}
