/// Dips the beds (ambience and music) for a moment around each impact, as a film mixer rides
/// the faders: the hit lands in a brief hole, so it still reads clearly after the soundtrack is
/// normalized and true-peak limited. Impact times are known in advance, so the dip is fully
/// open before the hit and the onset stays sharp.
struct ImpactDuck: Sendable {
    /// Bed gain at the bottom of a dip: −6 dB.
    static let depth: Float = 0.5
    /// Impacts softer than this (N·s) are left alone: a patter must not pump the beds.
    static let minimumImpulse: Float = 0.3

    /// Sample positions of the impacts, ascending.
    private let hits: [Int]
    private let attack: Int, preroll: Int, hold: Int, release: Int

    init(cues: [ImpactCue], sampleRate: Float) {
        hits = cues.filter { $0.time.isFinite && $0.impulse >= Self.minimumImpulse }
            .map { Int(($0.time * Double(sampleRate)).rounded()) }.sorted()
        attack = Int(0.015 * sampleRate)
        preroll = Int(0.025 * sampleRate)
        hold = Int(0.12 * sampleRate)
        release = Int(0.2 * sampleRate)
    }

    /// Writes the bed gain of frames `blockStart ..< blockStart + count` into `gain` (1 = no dip).
    /// - Complexity: O(count × impacts overlapping the block).
    func fill(_ gain: UnsafeMutablePointer<Float>, blockStart: Int, count: Int) {
        gain.update(repeating: 1, count: count)
        let end = blockStart + count
        for hit in hits {
            let from = hit - preroll - attack, to = hit + hold + release
            if to <= blockStart { continue }
            if from >= end { break }
            for f in max(from, blockStart)..<min(to, end) {
                let w: Float
                if f < hit - preroll {
                    w = Float(f - from) / Float(attack)
                } else if f < hit + hold {
                    w = 1
                } else {
                    w = 1 - Float(f - hit - hold) / Float(release)
                }
                gain[f - blockStart] = min(gain[f - blockStart], 1 - (1 - Self.depth) * w)
            }
        }
    }
}
