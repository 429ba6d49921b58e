public import Camera
public import Stage
public import Storyboard

/// Everything one frame depends on. Rendering is a pure function of it.
public struct FrameInput: Sendable {
    public var camera: Camera
    public var lighting: Lighting
    public var ground: Ground
    public var items: [DrawItem]
    public var style: Style
    /// Seconds from the start of the video (animates water and grain).
    public var time: Double
    /// Index of the frame, seeds per-frame noise such as film grain.
    public var frameIndex: Int

    public init(camera: Camera, lighting: Lighting, ground: Ground, items: [DrawItem], style: Style, time: Double, frameIndex: Int) {
        self.camera = camera
        self.lighting = lighting
        self.ground = ground
        self.items = items
        self.style = style
        self.time = time
        self.frameIndex = frameIndex
    }
}

/// How much work the renderer spends per frame.
public struct RasterQuality: Sendable, Hashable {
    /// Supersampling factor per axis (1 or 2).
    public var supersample: Int
    /// Shadow map side in texels.
    public var shadowMapSize: Int
    /// Shadow filter taps per axis (1 = hard, 2 = bilinear PCF, 3 = 3×3 PCF).
    public var shadowTaps: Int
    /// Edge-aware anti-aliasing pass on the final image.
    public var edgeSmoothing: Bool

    public init(supersample: Int, shadowMapSize: Int, shadowTaps: Int, edgeSmoothing: Bool) {
        self.supersample = supersample
        self.shadowMapSize = shadowMapSize
        self.shadowTaps = shadowTaps
        self.edgeSmoothing = edgeSmoothing
    }

    public static let draft = RasterQuality(supersample: 1, shadowMapSize: 768, shadowTaps: 1, edgeSmoothing: false)
    public static let standard = RasterQuality(supersample: 1, shadowMapSize: 1536, shadowTaps: 2, edgeSmoothing: true)
    public static let high = RasterQuality(supersample: 2, shadowMapSize: 2048, shadowTaps: 3, edgeSmoothing: false)
}
