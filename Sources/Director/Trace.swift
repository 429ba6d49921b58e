public import Foundation

/// The machine-readable account of a render that tests check physics and sync against:
/// per-frame poses of every cast member, contact events, dialogue and phonemes. Positions in
/// metres, y up; times in seconds from the start of the video.
public struct Trace: Codable, Sendable {
    public var fps: Int
    public var seconds: Double
    public var objects: [Object]
    public var events: [Event]
    public var dialogue: [Line]
    public var phonemes: [Phoneme]
    public var footsteps: [Footstep]
    /// The camera at each video frame: `[eyeX, eyeY, eyeZ, targetX, targetY, targetZ, fovY°]`.
    public var cameras: [[Float]]

    public struct Object: Codable, Sendable {
        public var id: String
        public var kind: String
        public var label: String
        /// One `[x, y, z, qx, qy, qz, qw]` per video frame.
        public var frames: [[Float]]
    }

    public struct Event: Codable, Sendable {
        public var t: Double
        public var type: String
        public var a: String
        public var b: String
        /// Normal impulse, N·s.
        public var impulse: Float
        public var materials: [String]
        public var position: [Float]
    }

    public struct Line: Codable, Sendable {
        public var speaker: String
        public var text: String
        public var language: String
        public var start: Double
        public var end: Double
    }

    public struct Phoneme: Codable, Sendable {
        public var speaker: String
        public var t: Double
        public var phoneme: String
    }

    public struct Footstep: Codable, Sendable {
        public var actor: String
        public var t: Double
        public var foot: String
    }

    public func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(self).write(to: url, options: .atomic)
    }
}
