public import Storyboard

/// A sound of two bodies meeting, from a physics contact event.
public struct ImpactCue: Sendable, Hashable {
    /// Seconds from the start of the video; the onset lands on the nearest 48 kHz sample.
    public var time: Double
    /// Impulse of the contact in N·s; loudness grows with its square root.
    public var impulse: Float
    /// The two materials that meet (one is taken as both when alone).
    public var materials: [Material]
    /// −1 (left) … 1 (right), constant-power.
    public var pan: Float
    /// Metres from the camera; beyond 1 m the level falls as 1/distance.
    public var distance: Float

    public init(time: Double, impulse: Float, materials: [Material], pan: Float = 0, distance: Float = 1) {
        self.time = time
        self.impulse = impulse
        self.materials = materials
        self.pan = pan
        self.distance = distance
    }
}

/// A spoken line placed on the timeline.
public struct PlacedLine: Sendable {
    public var line: SpokenLine
    /// Seconds from the start of the video.
    public var start: Double
    /// −1 … 1; dialogue is kept near the centre (the mixer narrows it to ±0.3).
    public var pan: Float
    /// Metres from the camera; dialogue falls off gently so it stays on top.
    public var distance: Float

    public init(line: SpokenLine, start: Double, pan: Float = 0, distance: Float = 1) {
        self.line = line
        self.start = start
        self.pan = pan
        self.distance = distance
    }

    /// Seconds from the start of the video at which the line ends.
    public var end: Double { start + line.duration }
}

/// Everything the soundtrack of one video holds.
public struct SoundScene: Sendable {
    /// Length of the soundtrack in seconds.
    public var seconds: Double
    public var seed: UInt64
    public var impacts: [ImpactCue]
    public var dialogue: [PlacedLine]
    public var ambience: Ambience
    public var music: MusicMood
    /// Score tempo in beats per minute (clamped to 50…200).
    public var tempo: Float
    /// Soft hits of feet on the ground (rendered at half the level of impacts).
    public var footsteps: [ImpactCue]
    /// The room sound that effects, footsteps and dialogue get (ambience and music are already "in the room").
    public var acoustics: Acoustics

    public init(
        seconds: Double, seed: UInt64 = 0, impacts: [ImpactCue] = [], dialogue: [PlacedLine] = [],
        ambience: Ambience = .none, music: MusicMood = .none, tempo: Float = 96, footsteps: [ImpactCue] = [],
        acoustics: Acoustics = .dry
    ) {
        self.seconds = seconds
        self.seed = seed
        self.impacts = impacts
        self.dialogue = dialogue
        self.ambience = ambience
        self.music = music
        self.tempo = tempo
        self.footsteps = footsteps
        self.acoustics = acoustics
    }
}

/// What the finished soundtrack measured.
public struct SoundtrackReport: Sendable, Codable, Hashable {
    /// Integrated loudness of the written file (BS.1770-4, LUFS); silence reads −70 (the absolute gate).
    public var integratedLUFS: Double
    /// 4× oversampled true peak of the written file (dBTP); silence reads −200.
    public var truePeakDBTP: Double
    /// Frames per channel in the file (48 000 per second).
    public var samples: Int
    /// Gain applied to the raw mix to reach the target, in dB.
    public var gainDB: Double

    public init(integratedLUFS: Double, truePeakDBTP: Double, samples: Int, gainDB: Double) {
        self.integratedLUFS = integratedLUFS
        self.truePeakDBTP = truePeakDBTP
        self.samples = samples
        self.gainDB = gainDB
    }
}
