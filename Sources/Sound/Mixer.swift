import Foundation
import Storyboard

/// Renders a `SoundScene` block by block into a raw stereo mix (before loudness gain): effects
/// and dialogue on top with the place's reverberation, music ducked by 8 dB around every line,
/// ambience underneath, and both beds dipped by 6 dB around every impact (`ImpactDuck`).
/// All buses are preallocated at `blockSize`; rendering allocates nothing per sample.
struct Mixer: Sendable {
    static let blockSize = 4096

    let frames: Int
    private let sampleRate: Float
    private var impacts: ImpactBank
    private var footsteps: ImpactBank
    private let lines: [(start: Int, samples: [Float], gainL: Float, gainR: Float)]
    private var ambience: AmbienceSynth
    private var music: MusicBed
    private var bedL: [Float], bedR: [Float]
    private var bedGain: [Float]
    private let impactDuck: ImpactDuck
    private var musicL: [Float], musicR: [Float]
    private var duckTarget: [Float]
    private var reverb: Reverb
    private var send: [Float]
    private var duck: Float = 1
    private let duckCoef: Float
    private let duckRange: (before: Int, after: Int)
    /// Effects sit 4 dB over the reference level: on-screen action must cut through surf and music.
    static let impactLevel: Float = 1.6
    /// Music under a line: −8 dB.
    private static let duckGain: Float = 0.398

    init(scene: SoundScene, sampleRate: Int) {
        let sr = Float(sampleRate)
        self.sampleRate = sr
        frames = Int((scene.seconds * Double(sampleRate)).rounded())
        impacts = ImpactBank(cues: scene.impacts, level: Self.impactLevel, seed: scene.seed, stream: 0, sampleRate: sr, frames: frames)
        footsteps = ImpactBank(cues: scene.footsteps, level: 0.5, seed: scene.seed, stream: 1, sampleRate: sr, frames: frames)
        var lines: [(start: Int, samples: [Float], gainL: Float, gainR: Float)] = []
        for placed in scene.dialogue where placed.start.isFinite && !placed.line.samples.isEmpty {
            // Dialogue stays near the centre and falls off gently (1/√d) so it reads over everything.
            let pan = Spatial.panGains((placed.pan.isFinite ? placed.pan : 0) * 0.3)
            let d = min(max(placed.distance.isFinite ? placed.distance : 1, 1), 50)
            let g = 1 / d.squareRoot()
            let start = Int((placed.start * Double(sampleRate)).rounded())
            lines.append((start, placed.line.samples, pan.left * g, pan.right * g))
        }
        self.lines = lines.sorted { $0.start < $1.start }
        ambience = AmbienceSynth(scene.ambience, seed: scene.seed, sampleRate: sr)
        music = MusicBed(mood: scene.music, tempo: scene.tempo, seconds: scene.seconds, seed: scene.seed, sampleRate: sr)
        bedL = [Float](repeating: 0, count: Self.blockSize)
        bedR = bedL
        bedGain = bedL
        impactDuck = ImpactDuck(cues: scene.impacts, sampleRate: sr)
        musicL = bedL
        musicR = bedL
        duckTarget = bedL
        reverb = Reverb(scene.acoustics, sampleRate: sr)
        send = bedL
        duckCoef = 1 - exp(-1 / (0.08 * sr))
        duckRange = (Int(0.2 * sr), Int(0.15 * sr))
    }

    /// Writes the raw mix of frames `blockStart ..< blockStart + count` (count ≤ blockSize) into `left`/`right`.
    mutating func render(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, blockStart: Int, count: Int) {
        precondition(count <= Self.blockSize)
        left.update(repeating: 0, count: count)
        right.update(repeating: 0, count: count)
        let end = blockStart + count
        impacts.render(left: left, right: right, blockStart: blockStart, count: count)
        footsteps.render(left: left, right: right, blockStart: blockStart, count: count)
        for line in lines where line.start < end && line.start + line.samples.count > blockStart {
            let from = max(line.start, blockStart), to = min(line.start + line.samples.count, end)
            line.samples.withUnsafeBufferPointer { s in
                for f in from..<to {
                    let x = s[f - line.start]
                    left[f - blockStart] += x * line.gainL
                    right[f - blockStart] += x * line.gainR
                }
            }
        }
        // The room: what is on screen so far (effects, footsteps, voices; not the beds) excites the reverb.
        send.withUnsafeMutableBufferPointer { s in
            for n in 0..<count { s[n] = 0.5 * (left[n] + right[n]) }
            reverb.process(s.baseAddress!, left: left, right: right, count: count)
        }
        bedGain.withUnsafeMutableBufferPointer { impactDuck.fill($0.baseAddress!, blockStart: blockStart, count: count) }
        bedL.withUnsafeMutableBufferPointer { al in
            bedR.withUnsafeMutableBufferPointer { ar in
                bedGain.withUnsafeBufferPointer { g in
                    al.baseAddress!.update(repeating: 0, count: count)
                    ar.baseAddress!.update(repeating: 0, count: count)
                    ambience.render(left: al.baseAddress!, right: ar.baseAddress!, blockStart: blockStart, count: count)
                    for n in 0..<count {
                        left[n] += al[n] * g[n]
                        right[n] += ar[n] * g[n]
                    }
                }
            }
        }
        guard music.mood != .none else { return }
        musicL.withUnsafeMutableBufferPointer { ml in
            musicR.withUnsafeMutableBufferPointer { mr in
                duckTarget.withUnsafeMutableBufferPointer { target in
                    ml.baseAddress!.update(repeating: 0, count: count)
                    mr.baseAddress!.update(repeating: 0, count: count)
                    music.render(left: ml.baseAddress!, right: mr.baseAddress!, blockStart: blockStart, count: count)
                    // Duck a little before each line starts and release after it ends.
                    target.baseAddress!.update(repeating: 1, count: count)
                    for line in lines {
                        let from = max(line.start - duckRange.before, blockStart)
                        let to = min(line.start + line.samples.count + duckRange.after, end)
                        if from < to { for f in from..<to { target[f - blockStart] = Self.duckGain } }
                    }
                    bedGain.withUnsafeBufferPointer { impactGain in
                        for n in 0..<count {
                            duck += (target[n] - duck) * duckCoef
                            left[n] += ml[n] * duck * impactGain[n]
                            right[n] += mr[n] * duck * impactGain[n]
                        }
                    }
                }
            }
        }
    }
}
