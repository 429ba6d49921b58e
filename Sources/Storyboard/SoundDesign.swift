/// What the soundtrack holds beside the sounds of events and dialogue.
public struct SoundDesign: Codable, Sendable, Hashable {
    public var ambience: Ambience
    public var music: MusicMood
    /// Score tempo in beats per minute.
    public var tempo: Float

    public init(ambience: Ambience = .meadow, music: MusicMood = .calm, tempo: Float = 96) {
        self.ambience = ambience
        self.music = music
        self.tempo = tempo
    }
}

/// The bed of background sound of a place.
public enum Ambience: String, StoryboardEnum {
    /// Waves breaking and wind.
    case surf
    /// Soft wind in grass, distant birds.
    case meadow
    /// Traffic rumble and a distant city hum.
    case city
    /// Wind, thin and cold.
    case wind
    /// Crickets and a low night air.
    case night
    /// A quiet room tone.
    case room
    case none
}

/// The mood of the music bed; `none` leaves the score out.
public enum MusicMood: String, StoryboardEnum {
    case upbeat, calm, tense, epic, none
}
