/// A small scene with an analytic answer: the physics test suite and `kinora bench physics`
/// run the same list, ``AccuracyCase/all``, so the numbers in the benchmark are the ones the
/// tests hold the engine to.
public struct AccuracyCase: Sendable {
    /// Short identifier, e.g. "free-fall".
    public var name: String
    /// What the scene is and which law it checks.
    public var summary: String
    /// Builds the scene, simulates it and measures; deterministic, under a second of wall time.
    public var run: @Sendable () -> [AccuracyResult]

    public init(name: String, summary: String, run: @escaping @Sendable () -> [AccuracyResult]) {
        self.name = name
        self.summary = summary
        self.run = run
    }
}
