/// Mouth opening from phoneme timings: open on vowels, nearly shut on closures (m, b, p),
/// eased so the jaw never snaps.
public struct LipSync: Sendable {
    /// (time in seconds from the video start, opening 0…1) keyframes in time order.
    public private(set) var keys: [(t: Double, open: Float)] = []

    public init(phonemes: [(t: Double, phoneme: String)], lineEnds: [Double]) {
        for (t, ph) in phonemes { keys.append((t, Self.opening(ph))) }
        for end in lineEnds { keys.append((end, 0)) }
        keys.sort { $0.t < $1.t }
    }

    /// How wide a phoneme opens the mouth. espeak-ng's mnemonics: vowels contain a, e, i, o, u, @, 3, V, A, O, E, I, U.
    static func opening(_ phoneme: String) -> Float {
        let p = phoneme.lowercased()
        if p.hasPrefix("m") || p.hasPrefix("b") || p.hasPrefix("p") || p == "_" || p.isEmpty { return 0.05 }
        if p.contains("a") || p.contains("o") || p.contains("@") || p.contains("3") || p.contains("v") { return 0.9 }
        if p.contains("e") || p.contains("i") || p.contains("u") { return 0.55 }
        return 0.25
    }

    /// The opening at `time`, interpolated between keys.
    public func open(at time: Double) -> Float {
        guard let first = keys.first, time >= first.t - 0.05 else { return 0 }
        var lo = 0, hi = keys.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if keys[mid].t <= time { lo = mid } else { hi = mid - 1 }
        }
        let a = keys[lo]
        guard lo + 1 < keys.count else { return 0 }
        let b = keys[lo + 1]
        let u = Float((time - a.t) / max(b.t - a.t, 1e-3))
        return a.open + (b.open - a.open) * min(max(u, 0), 1)
    }
}
