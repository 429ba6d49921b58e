extension World {
    /// Steps `seconds` in frames of `dt` seconds, calling `each` after every frame: how a
    /// film shot samples the world.
    public func run(seconds: Double, dt: Double = 1.0 / 60, _ each: (World) -> Void = { _ in }) {
        let frames = Int((seconds / dt).rounded())
        for _ in 0..<frames {
            step(dt)
            each(self)
        }
    }
}
