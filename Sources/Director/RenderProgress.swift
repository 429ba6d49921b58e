/// Where a render is: its stage and, while frames are being made, how many are done.
public struct RenderProgress: Sendable {
    public enum Stage: String, Sendable { case simulate, sound, render, finish }
    public var stage: Stage
    public var framesDone: Int
    public var framesTotal: Int
    /// Frames per second over the render so far.
    public var fps: Double
    /// Estimated seconds until the render is done.
    public var eta: Double?

    public init(stage: Stage, framesDone: Int = 0, framesTotal: Int = 0, fps: Double = 0, eta: Double? = nil) {
        self.stage = stage
        self.framesDone = framesDone
        self.framesTotal = framesTotal
        self.fps = fps
        self.eta = eta
    }
}
