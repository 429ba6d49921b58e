public import Foundation

/// Renders a whole soundtrack: 48 kHz stereo float WAV at −14 LUFS with true peak ≤ −1 dBTP.
public enum Soundtrack {
    public static let sampleRate = 48_000
    /// Integrated loudness target (LUFS), as streaming platforms normalize to.
    public static let targetLUFS = -14.0
    /// The limiter ceiling leaves 0.5 dB under the −1 dBTP limit for the meter's own error.
    static let ceilingDBTP: Float = -1.5
    /// The most gain ever applied (dB), so a near-silent scene is not blown up into noise.
    static let maxGainDB = 48.0

    /// Renders `scene` to a WAV at `url`, written block by block to a temporary file in the same
    /// folder and renamed over `url` on success (an error leaves no partial file).
    ///
    /// A first pass measures the raw mix (BS.1770-4); later passes apply the gain through a
    /// look-ahead true-peak limiter while writing. If limiting pulled the result more than
    /// 0.5 LU off target, the gain is corrected and the file rewritten (at most twice).
    /// Memory is constant in the scene's length: everything runs in 4096-frame blocks.
    /// - Throws: `SoundtrackError` for a bad duration or an I/O failure.
    public static func render(_ scene: SoundScene, to url: URL) throws -> SoundtrackReport {
        guard scene.seconds.isFinite, scene.seconds > 0, scene.seconds <= 3600 else {
            throw SoundtrackError("seconds must be finite and in 0 < s ≤ 3600 (got \(scene.seconds))")
        }
        let raw = measure(scene)
        var gainDB = raw.isFinite ? min(targetLUFS - raw, maxGainDB) : 0
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        defer { try? FileManager.default.removeItem(at: temp) }
        var result = try write(scene, gainDB: gainDB, to: temp)
        var attempts = 0
        while attempts < 2, result.loudness.isFinite, abs(result.loudness - targetLUFS) > 0.5, gainDB < maxGainDB {
            gainDB = min(gainDB + (targetLUFS - result.loudness), maxGainDB)
            result = try write(scene, gainDB: gainDB, to: temp)
            attempts += 1
        }
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        try FileManager.default.moveItem(at: temp, to: url)
        return SoundtrackReport(
            integratedLUFS: result.loudness.isFinite ? result.loudness : -70,
            truePeakDBTP: result.peak.isFinite ? result.peak : -200,
            samples: result.frames, gainDB: gainDB)
    }

    /// Integrated loudness (LUFS) of the raw mix; falls back to the ungated programme power when
    /// the scene is too short or too quiet for a gated 400 ms block.
    static func measure(_ scene: SoundScene) -> Double {
        var mixer = Mixer(scene: scene, sampleRate: sampleRate)
        var meter = LoudnessMeter(sampleRate: sampleRate)
        var left = [Float](repeating: 0, count: Mixer.blockSize), right = left
        left.withUnsafeMutableBufferPointer { l in
            right.withUnsafeMutableBufferPointer { r in
                var start = 0
                while start < mixer.frames {
                    let n = min(Mixer.blockSize, mixer.frames - start)
                    mixer.render(left: l.baseAddress!, right: r.baseAddress!, blockStart: start, count: n)
                    meter.process(left: l.baseAddress!, right: r.baseAddress!, count: n)
                    start += n
                }
            }
        }
        let gated = meter.integrated
        return gated.isFinite ? gated : meter.ungated
    }

    /// One writing pass: mix, gain, limit, meter, write. Returns the written file's loudness and true peak.
    static func write(_ scene: SoundScene, gainDB: Double, to url: URL) throws -> (loudness: Double, peak: Double, frames: Int) {
        var mixer = Mixer(scene: scene, sampleRate: sampleRate)
        let frames = mixer.frames
        let writer = try WAVWriter(url: url, sampleRate: sampleRate, channels: 2, frames: frames)
        var limiter = TruePeakLimiter(sampleRate: Float(sampleRate), ceilingDB: ceilingDBTP)
        var meter = LoudnessMeter(sampleRate: sampleRate)
        var peak = TruePeakMeter()
        let gain = Float(pow(10, gainDB / 20))
        var skip = limiter.latency
        var left = [Float](repeating: 0, count: Mixer.blockSize), right = left
        try left.withUnsafeMutableBufferPointer { l in
            try right.withUnsafeMutableBufferPointer { r in
                let lp = l.baseAddress!, rp = r.baseAddress!
                // Emit a block (dropping the limiter's latency at the start) to meters and file.
                func emit(_ count: Int) throws {
                    limiter.process(left: lp, right: rp, count: count)
                    let drop = min(skip, count)
                    skip -= drop
                    let n = min(count - drop, frames - writer.framesWritten)
                    guard n > 0 else { return }
                    meter.process(left: lp + drop, right: rp + drop, count: n)
                    peak.process(left: lp + drop, right: rp + drop, count: n)
                    try writer.write(left: lp + drop, right: rp + drop, count: n)
                }
                var start = 0
                while start < frames {
                    let n = min(Mixer.blockSize, frames - start)
                    mixer.render(left: lp, right: rp, blockStart: start, count: n)
                    if gain != 1 {
                        for i in 0..<n {
                            lp[i] *= gain
                            rp[i] *= gain
                        }
                    }
                    try emit(n)
                    start += n
                }
                // Flush the limiter's delay line with silence.
                var tail = limiter.latency
                while tail > 0 {
                    let n = min(Mixer.blockSize, tail)
                    lp.update(repeating: 0, count: n)
                    rp.update(repeating: 0, count: n)
                    try emit(n)
                    tail -= n
                }
            }
        }
        try writer.close()
        guard writer.framesWritten == frames else { throw SoundtrackError("wrote \(writer.framesWritten) of \(frames) frames to \(url.path)") }
        peak.finish()
        let gated = meter.integrated
        return (gated.isFinite ? gated : meter.ungated, peak.peakDB, frames)
    }
}
