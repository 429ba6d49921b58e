public import Foundation

/// How to render a storyboard: everything that is not the story itself.
public struct RenderOptions: Sendable {
    public var width: Int
    public var height: Int
    public var fps: Int
    public var quality: Quality
    public var output: URL
    public var thumbnail: URL?
    public var trace: URL?
    public var provenance: ProvenanceOptions
    /// A picture the video opens on, dissolving into the scene (JPEG, PNG or WebP; stretched to the frame).
    public var openingImage: URL?

    public enum Quality: String, Sendable, CaseIterable, Codable {
        case draft, standard, high
    }

    public init(width: Int = 720, height: Int = 1280, fps: Int = 24, quality: Quality = .standard, output: URL, thumbnail: URL? = nil, trace: URL? = nil,
        provenance: ProvenanceOptions = ProvenanceOptions()
    ) {
        self.width = width
        self.height = height
        self.fps = fps
        self.quality = quality
        self.output = output
        self.thumbnail = thumbnail
        self.trace = trace
        self.provenance = provenance
    }

    /// Number of frames of a video of `seconds`: rounded to the nearest whole frame.
    public func frameCount(seconds: Double) -> Int { max(1, Int((seconds * Double(fps)).rounded())) }
}
