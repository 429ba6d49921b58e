/// A continuous piece of camera work over a span of the timeline. Shots cut from one
/// to the next over the one shared world.
public struct Shot: Codable, Sendable, Hashable {
    public var start: Double
    public var end: Double
    public var framing: Framing
    public var move: CameraMove
    /// The cast member the camera frames; `nil` frames the whole cast.
    public var subject: String?

    public init(start: Double, end: Double, framing: Framing = .wide, move: CameraMove = .dollyIn, subject: String? = nil) {
        self.start = start
        self.end = end
        self.framing = framing
        self.move = move
        self.subject = subject
    }

    public enum Framing: String, StoryboardEnum {
        case wide, medium, close
    }

    public enum CameraMove: String, StoryboardEnum {
        case `static`, dollyIn = "dolly-in", dollyOut = "dolly-out", orbit, pan, tracking, crane
    }
}
