public import Storyboard

/// The built set and cast: immutable, shared by physics, camera, raster and sound.
public struct Scene: Sendable {
    public var setting: Setting
    public var ground: Ground
    public var lighting: Lighting
    public var actors: [Actor]
    /// Static set dressing (rocks, buildings, trees) that frames the action.
    public var dressing: [Actor]

    public init(setting: Setting, ground: Ground, lighting: Lighting, actors: [Actor], dressing: [Actor]) {
        self.setting = setting
        self.ground = ground
        self.lighting = lighting
        self.actors = actors
        self.dressing = dressing
    }

    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }
}
