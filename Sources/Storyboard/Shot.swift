/// A continuous piece of camera work over a span of the timeline. Shots cut from one
/// to the next over the one shared world.
public struct Shot: Codable, Sendable, Hashable {
    public var start: Double
    public var end: Double
    public var framing: Framing
    public var move: CameraMove
    /// The cast member the camera frames; `nil` frames the whole cast.
    public var subject: String?
    /// Where the camera looks from; `nil` is eye level.
    public var angle: Angle?

    public init(start: Double, end: Double, framing: Framing = .wide, move: CameraMove = .dollyIn, subject: String? = nil, angle: Angle? = nil) {
        self.start = start
        self.end = end
        self.framing = framing
        self.move = move
        self.subject = subject
        self.angle = angle
    }

    public enum Angle: String, StoryboardEnum {
        case eyeLevel = "eye-level", low, high, birdsEye = "birds-eye", dutch
    }

    public enum Framing: String, StoryboardEnum {
        case wide, medium, close
    }

    public enum CameraMove: String, StoryboardEnum {
        case `static`, dollyIn = "dolly-in", dollyOut = "dolly-out", orbit, pan, tracking, crane
        /// The camera tips up from the subject's feet to its head.
        case tilt
        /// The camera slides sideways past the subject.
        case truck
        /// The camera rises straight up, level.
        case pedestal
        /// The lens narrows from where the camera stands.
        case zoom
        /// The camera dollies in while the lens widens: the subject holds its size, the world warps.
        case dollyZoom = "dolly-zoom"
        /// A hand-held camera's gentle sway.
        case handheld
        /// A hard, fast shake (an impact, a rumble).
        case shake
    }
}
