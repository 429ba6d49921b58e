/// Something a cast member does over a span of the timeline.
public struct Action: Codable, Sendable, Hashable {
    /// The cast member who acts (`CastMember.id`).
    public var actor: String
    public var verb: Verb
    /// Seconds from the start of the video.
    public var start: Double
    /// Seconds from the start; `nil` lasts until the end.
    public var end: Double?
    /// The cast member acted upon or moved towards, if any.
    public var target: String?
    /// How hard or fast, 0.5 gentle … 1 normal … 2 strong.
    public var intensity: Float

    public init(actor: String, verb: Verb, start: Double = 0, end: Double? = nil, target: String? = nil, intensity: Float = 1) {
        self.actor = actor
        self.verb = verb
        self.start = start
        self.end = end
        self.target = target
        self.intensity = intensity
    }

    public enum Verb: String, StoryboardEnum {
        /// Dropped from a height so it bounces on the ground.
        case bounce
        /// Let go from a height, falls under gravity.
        case fall
        /// Set rolling along the ground.
        case roll
        /// Launched in an arc towards the target (or forwards).
        case fly
        /// Pushed so it slides along the ground.
        case slide
        /// Walks (humanoids) towards the target or across the set.
        case walk
        /// Stands and idles, breathing and shifting weight.
        case stand
        /// Speaks its dialogue lines (mouth moves with the phonemes).
        case talk
    }
}

/// A line of speech, spoken aloud by a cast member.
public struct DialogueLine: Codable, Sendable, Hashable {
    public var speaker: String
    public var text: String
    /// BCP 47 language tag as espeak-ng names voices, e.g. "en", "fr", "es".
    public var language: String
    /// When the line begins, seconds from the start; `nil` lets the Director place it.
    public var start: Double?

    public init(speaker: String, text: String, language: String = "en", start: Double? = nil) {
        self.speaker = speaker
        self.text = text
        self.language = language
        self.start = start
    }
}
