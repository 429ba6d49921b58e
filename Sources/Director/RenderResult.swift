public import Storyboard

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
