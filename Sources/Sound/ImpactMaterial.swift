import Storyboard

/// How a material rings when struck: a few damped modes plus a noise burst.
/// Frequencies in Hz, decays as time constants in seconds.
struct MaterialSound: Sendable {
    struct Mode: Sendable {
        var frequency: Float
        var decay: Float
        var gain: Float
    }

    var modes: [Mode]
    /// Noise burst time constant (s), low-pass cutoff (Hz) and level relative to the modes.
    var noiseDecay: Float
    var noiseCutoff: Float
    var noiseLevel: Float
    /// 0 (sand, cloth: swallows the blow) … 1 (metal, glass: lets the partner ring).
    var hardness: Float

    init(_ modes: [(Float, Float, Float)], noise: (decay: Float, cutoff: Float, level: Float), hardness: Float) {
        self.modes = modes.map { Mode(frequency: $0.0, decay: $0.1, gain: $0.2) }
        noiseDecay = noise.decay
        noiseCutoff = noise.cutoff
        noiseLevel = noise.level
        self.hardness = hardness
    }
}

extension Material {
    /// The modal signature: rubber thuds, wood knocks, glass rings, metal clangs, stone clicks.
    var sound: MaterialSound {
        switch self {
        case .rubber: return MaterialSound([(140, 0.035, 1), (310, 0.02, 0.5), (520, 0.012, 0.2)], noise: (0.006, 1200, 0.4), hardness: 0.25)
        case .wood: return MaterialSound([(420, 0.07, 1), (960, 0.045, 0.6), (1710, 0.03, 0.35), (2650, 0.02, 0.2)], noise: (0.004, 4000, 0.5), hardness: 0.6)
        case .metal:
            return MaterialSound([(523, 0.9, 1), (1347, 0.7, 0.7), (2489, 0.5, 0.5), (3911, 0.35, 0.35), (5503, 0.25, 0.2)],
                noise: (0.003, 9000, 0.45), hardness: 1)
        case .glass:
            return MaterialSound([(1870, 0.6, 1), (4170, 0.45, 0.6), (6930, 0.3, 0.35), (9640, 0.2, 0.2)], noise: (0.002, 12000, 0.35), hardness: 0.95)
        case .plastic: return MaterialSound([(690, 0.05, 1), (1530, 0.03, 0.5), (2870, 0.02, 0.25)], noise: (0.004, 5000, 0.5), hardness: 0.55)
        case .stone: return MaterialSound([(1250, 0.025, 1), (2930, 0.018, 0.7), (5140, 0.012, 0.5), (7390, 0.008, 0.3)], noise: (0.002, 10000, 0.8), hardness: 0.9)
        case .cardboard: return MaterialSound([(240, 0.03, 1), (610, 0.02, 0.6), (1130, 0.012, 0.3)], noise: (0.008, 2500, 0.7), hardness: 0.3)
        case .cloth: return MaterialSound([(95, 0.02, 0.5)], noise: (0.012, 900, 1), hardness: 0.05)
        case .flesh: return MaterialSound([(150, 0.03, 1), (330, 0.018, 0.4)], noise: (0.008, 1500, 0.6), hardness: 0.15)
        case .sand: return MaterialSound([(80, 0.04, 1), (170, 0.025, 0.5)], noise: (0.02, 700, 0.8), hardness: 0.05)
        case .grass: return MaterialSound([(100, 0.03, 0.8), (230, 0.02, 0.4)], noise: (0.025, 2200, 0.9), hardness: 0.1)
        case .asphalt: return MaterialSound([(310, 0.03, 1), (880, 0.02, 0.6), (2150, 0.012, 0.4)], noise: (0.004, 6000, 0.7), hardness: 0.8)
        case .concrete: return MaterialSound([(260, 0.035, 1), (790, 0.025, 0.6), (1930, 0.015, 0.4), (3480, 0.01, 0.25)], noise: (0.004, 7000, 0.7), hardness: 0.85)
        case .snow: return MaterialSound([(70, 0.04, 0.7)], noise: (0.03, 1600, 1), hardness: 0.05)
        case .dirt: return MaterialSound([(90, 0.035, 1), (210, 0.02, 0.4)], noise: (0.012, 1000, 0.7), hardness: 0.15)
        case .tile: return MaterialSound([(930, 0.06, 1), (2310, 0.04, 0.6), (4330, 0.025, 0.35)], noise: (0.003, 9000, 0.6), hardness: 0.9)
        case .water: return MaterialSound([(520, 0.06, 0.5), (1150, 0.04, 0.3)], noise: (0.09, 3000, 1), hardness: 0.02)
        }
    }
}
