public import Foundation
public import Storyboard

/// How to render a storyboard: everything that is not the story itself.
public struct RenderOptions: Sendable {
    public var width: Int
    public var height: Int
    public var fps: Int
    public var quality: Quality
    public var output: URL
    public var thumbnail: URL?
    public var trace: URL?

    public enum Quality: String, Sendable, CaseIterable, Codable {
        case draft, standard, high
    }

    public init(width: Int = 720, height: Int = 1280, fps: Int = 24, quality: Quality = .standard, output: URL, thumbnail: URL? = nil, trace: URL? = nil) {
        self.width = width
        self.height = height
        self.fps = fps
        self.quality = quality
        self.output = output
        self.thumbnail = thumbnail
        self.trace = trace
    }

    /// Number of frames of a video of `seconds`: rounded to the nearest whole frame.
    public func frameCount(seconds: Double) -> Int { max(1, Int((seconds * Double(fps)).rounded())) }
}

/// What one render produced and how long each stage took.
public struct RenderResult: Codable, Sendable {
    public var output: String
    public var size: String
    public var width: Int
    public var height: Int
    public var fps: Int
    public var frames: Int
    public var seconds: Double
    public var seed: UInt64
    public var style: Style
    public var quality: RenderOptions.Quality
    public var thumbnail: String?
    public var trace: String?
    public var loudnessLUFS: Double
    public var timings: Timings

    /// Wall-clock seconds per stage.
    public struct Timings: Codable, Sendable {
        public var parse: Double = 0
        public var simulate: Double = 0
        public var render: Double = 0
        public var sound: Double = 0
        public var encode: Double = 0
        public var total: Double = 0
        public init() {}
    }
}
