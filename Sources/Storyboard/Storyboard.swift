public import Foundation

/// The single source of truth for a video: everything downstream is a pure function of a
/// storyboard and the render options. Remixing is editing it; the same storyboard and seed
/// give the same frames and sound.
public struct Storyboard: Codable, Sendable, Hashable {
    public static let currentVersion = 1

    public var version: Int
    /// The words the storyboard was written from, kept for provenance and remix.
    public var prompt: String
    public var seed: UInt64
    /// Length of the video in seconds (1…60).
    public var seconds: Double
    public var style: Style
    public var setting: Setting
    public var cast: [CastMember]
    public var actions: [Action]
    public var dialogue: [DialogueLine]
    public var sound: SoundDesign
    public var shots: [Shot]
    /// How fast the action plays: 0.25 is slow motion, 1 real time (also when absent), 8 a
    /// time lapse. Dialogue keeps its natural pace.
    public var speed: Double?

    public init(
        prompt: String, seed: UInt64, seconds: Double, style: Style = .cinematic, setting: Setting = Setting(),
        cast: [CastMember] = [], actions: [Action] = [], dialogue: [DialogueLine] = [], sound: SoundDesign = SoundDesign(),
        shots: [Shot] = []
    ) {
        self.version = Self.currentVersion
        self.prompt = prompt
        self.seed = seed
        self.seconds = seconds
        self.style = style
        self.setting = setting
        self.cast = cast
        self.actions = actions
        self.dialogue = dialogue
        self.sound = sound
        self.shots = shots
    }

    public func member(_ id: String) -> CastMember? { cast.first { $0.id == id } }
}

extension Storyboard {
    /// Reads a storyboard from JSON, turning decoding failures into one-line messages that
    /// name the field, e.g. `cast[0].kind: unknown value "zeppelin"; allowed: ball, box, …`.
    public static func decode(_ data: Data) throws(StoryboardError) -> Storyboard {
        // The version first: a storyboard from another Kinora fails on that, not on some field.
        struct Version: Decodable { var version: Int? }
        if let version = (try? JSONDecoder().decode(Version.self, from: data))?.version, version != currentVersion {
            throw StoryboardError(field: "version", message: "unsupported version \(version); this Kinora reads version \(currentVersion)")
        }
        let board: Storyboard
        do {
            board = try JSONDecoder().decode(Storyboard.self, from: data)
        } catch let error as DecodingError {
            throw StoryboardError(decoding: error)
        } catch {
            throw StoryboardError(field: "", message: "\(error)")
        }
        try board.validate()
        return board
    }

    /// Pretty, key-sorted JSON so storyboards diff well under version control.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }
}
