/// All impact (or footstep) cues of a scene, turned into voices as their onsets come up.
/// Voices beyond `maxVoices` steal the oldest with a short fade, so a busy scene stays fast.
struct ImpactBank: Sendable {
    static let maxVoices = 48

    private let cues: [(index: Int, frame: Int, cue: ImpactCue)]
    private var next = 0
    private var active: [ImpactVoice] = []
    private let level: Float
    private let seed: UInt64
    private let stream: Int
    private let sampleRate: Float

    /// Cues outside 0…`frames` or with a non-finite time are dropped; onsets round to the nearest frame.
    init(cues: [ImpactCue], level: Float, seed: UInt64, stream: Int, sampleRate: Float, frames: Int) {
        var list: [(index: Int, frame: Int, cue: ImpactCue)] = []
        for (i, cue) in cues.enumerated() where cue.time.isFinite && cue.time >= 0 {
            let frame = Int((cue.time * Double(sampleRate)).rounded())
            if frame < frames { list.append((i, frame, cue)) }
        }
        list.sort { ($0.frame, $0.index) < ($1.frame, $1.index) }
        self.cues = list
        self.level = level
        self.seed = seed
        self.stream = stream
        self.sampleRate = sampleRate
        active.reserveCapacity(Self.maxVoices + 8)
    }

    var isEmpty: Bool { cues.isEmpty }

    mutating func render(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, blockStart: Int, count: Int) {
        while next < cues.count, cues[next].frame < blockStart + count {
            let c = cues[next]
            if active.count >= Self.maxVoices, let oldest = active.indices.first(where: { active[$0].isStealable }) {
                active[oldest].steal(sampleRate: sampleRate)
            }
            active.append(ImpactVoice(cue: c.cue, startFrame: c.frame, level: level, seed: seed, index: c.index * 4 + stream, sampleRate: sampleRate))
            next += 1
        }
        for i in active.indices { active[i].render(left: left, right: right, blockStart: blockStart, count: count) }
        active.removeAll { $0.isDone }
    }
}
