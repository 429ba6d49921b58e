import Director
import Foundation

/// Progress on stderr: one rewritten line on a terminal, plain lines (at most one a second)
/// when stderr is a file or a pipe, nothing with --quiet.
final class ProgressDisplay {
    let quiet: Bool
    let terminal = isatty(STDERR_FILENO) == 1
    var lastStage: RenderProgress.Stage?
    var lastPrint = Date.distantPast

    init(quiet: Bool) { self.quiet = quiet }

    func show(_ p: RenderProgress) {
        guard !quiet else { return }
        let stageChanged = p.stage != lastStage
        lastStage = p.stage
        var line = "[\(p.stage.rawValue)]"
        if p.stage == .render && p.framesTotal > 0 {
            line += String(format: " frame %d/%d  %.1f fps", p.framesDone, p.framesTotal, p.fps)
            if let eta = p.eta { line += String(format: "  ETA %.0fs", eta) }
        }
        if terminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
            if p.stage == .finish { FileHandle.standardError.write(Data("\n".utf8)) }
        } else if stageChanged || Date().timeIntervalSince(lastPrint) >= 1 || p.framesDone == p.framesTotal && p.framesTotal > 0 {
            FileHandle.standardError.write(Data((line + "\n").utf8))
            lastPrint = Date()
        }
    }
}
