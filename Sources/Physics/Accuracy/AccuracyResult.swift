/// One measured quantity of an accuracy case against its analytic value.
public struct AccuracyResult: Sendable, Hashable, Codable {
    /// How `error` is formed.
    public enum Measure: String, Sendable, Hashable, Codable {
        /// |measured − expected| / |expected|.
        case relative
        /// |measured − expected|, in `unit`.
        case absolute
    }

    /// What was measured, e.g. "drop after 1 s".
    public var quantity: String
    /// Unit of `measured` and `expected`, e.g. "m".
    public var unit: String
    public var measured: Double
    /// The analytic answer.
    public var expected: Double
    public var measure: Measure
    public var error: Double
    /// Largest acceptable `error`.
    public var tolerance: Double
    public var passed: Bool

    public init(_ quantity: String, unit: String, measured: Double, expected: Double, measure: Measure = .relative, tolerance: Double) {
        self.quantity = quantity
        self.unit = unit
        self.measured = measured
        self.expected = expected
        self.measure = measure
        let difference = abs(measured - expected)
        error = measure == .relative ? difference / abs(expected) : difference
        self.tolerance = tolerance
        // NaN fails: a comparison with NaN is false.
        passed = error <= tolerance
    }
}
