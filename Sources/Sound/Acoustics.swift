public import Storyboard

/// How a place answers a sound: the reverberation time and how much of the reflected sound
/// reaches the listener. Open air (a beach, a meadow) gives almost nothing back; a walled
/// courtyard rings for over a second; a street has hard façades but open sky.
public struct Acoustics: Sendable, Hashable {
    /// Seconds for the reverberation to fall by 60 dB.
    public var rt60: Float
    /// Level of the reverberation against the dry sound.
    public var wet: Float
    /// Seconds before the first reflections arrive.
    public var preDelay: Float

    public static let dry = Acoustics(rt60: 0, wet: 0, preDelay: 0)

    public init(rt60: Float, wet: Float, preDelay: Float) {
        self.rt60 = rt60
        self.wet = wet
        self.preDelay = preDelay
    }

    public init(place: Place) {
        switch place {
        case .beach, .meadow, .desert, .snowfield: self.init(rt60: 0.35, wet: 0.04, preDelay: 0.03)
        case .park: self.init(rt60: 0.5, wet: 0.06, preDelay: 0.025)
        case .street: self.init(rt60: 0.9, wet: 0.12, preDelay: 0.018)
        case .courtyard: self.init(rt60: 1.3, wet: 0.18, preDelay: 0.012)
        case .studio: self.init(rt60: 0.6, wet: 0.14, preDelay: 0.008)
        }
    }
}
