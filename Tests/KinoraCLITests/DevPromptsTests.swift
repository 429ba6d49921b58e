import Foundation
import Media
import Testing
import TestSupport

/// Every prompt of the shared development set renders: no error, and a picture that is neither
/// black nor blank (the thumbnail has light and detail).
struct DevPromptsTests {
    static let prompts: [String] = {
        // The shared folder sits beside the checkout: ../shared/prompts/dev.txt.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.deletingLastPathComponent().appendingPathComponent("shared/prompts/dev.txt")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }()

    @Test func theSetIsThere() {
        #expect(Self.prompts.count >= 100)
    }

    @Test(arguments: prompts)
    func rendersWithLightAndDetail(_ prompt: String) throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Lines of dialogue need the time to be spoken; other prompts are checked on one second.
        let seconds = prompt.contains("\"") || prompt.contains("«") ? "8" : "1"
        let r = try CLIRunner.run(["generate", prompt, "--seconds", seconds, "--size", "48x80", "--quality", "draft", "-o", "v.mp4", "--quiet"], in: dir)
        #expect(r.status == 0, "\(prompt): \(r.stderr)")
        guard r.status == 0 else { return }
        let frames = try Decode.frames(dir.appendingPathComponent("v.mp4"), width: 48, height: 80, every: 12)
        #expect(!frames.isEmpty)
        for f in frames {
            let mean = f.reduce(0) { $0 + Int($1) } / f.count
            let spread = Int(f.max()!) - Int(f.min()!)
            #expect(mean > 8, "\(prompt): a black frame (mean \(mean))")
            #expect(spread > 20, "\(prompt): a blank frame (spread \(spread))")
        }
    }
}
