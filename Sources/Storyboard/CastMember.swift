/// One thing or character in the scene, with what it looks like and where it starts.
public struct CastMember: Codable, Sendable, Hashable, Identifiable {
    /// Stable identifier used by actions, dialogue, shots and the trace, e.g. "ball-1".
    public var id: String
    public var kind: Kind
    /// Human-readable words from the prompt, e.g. "red ball".
    public var label: String
    /// Linear-light colour, components 0…1.
    public var color: RGB
    public var material: Material
    /// Multiplier on the kind's natural size (1 = typical).
    public var scale: Float
    /// Start position in metres on the ground plane (x right, z towards the default camera).
    public var position: GroundPoint

    public init(id: String, kind: Kind, label: String, color: RGB, material: Material, scale: Float = 1, position: GroundPoint) {
        self.id = id
        self.kind = kind
        self.label = label
        self.color = color
        self.material = material
        self.scale = scale
        self.position = position
    }

    /// The kits the Stage can build.
    public enum Kind: String, StoryboardEnum {
        case ball, box, crate, bottle, humanoid

        /// The actions this kind of cast member can perform.
        public var verbs: [Action.Verb] {
            self == .humanoid ? [.walk, .stand, .talk] : [.bounce, .fall, .roll, .fly, .slide, .stand]
        }
    }
}

/// A point on the ground plane in metres.
public struct GroundPoint: Codable, Sendable, Hashable {
    public var x: Float
    public var z: Float
    public init(x: Float, z: Float) { self.x = x; self.z = z }
}

/// A linear-light RGB colour, each component 0…1.
public struct RGB: Codable, Sendable, Hashable {
    public var r: Float, g: Float, b: Float
    public init(_ r: Float, _ g: Float, _ b: Float) { self.r = r; self.g = g; self.b = b }
}
