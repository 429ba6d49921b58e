/// One measured quantity of an accuracy case against its analytic value.
public struct AccuracyResult: Sendable, Hashable, Codable {
    /// How `error` is formed.
    public enum Measure: String, Sendable, Hashable, Codable {
        /// |measured − expected| / |expected|.
        case relative
        /// |measured − expected|, in `unit`.
        case absolute
        /// A bound rather than an answer: measured − expected when above `expected`, else 0.
        case atMost
    }

    /// What was measured, e.g. "drop after 1 s".
    public var quantity: String
    /// Unit of `measured` and `expected`, e.g. "m".
    public var unit: String
    public var measured: Double
    /// The analytic answer, or the bound for `.atMost`.
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
        switch measure {
        case .relative: error = difference / abs(expected)
        case .absolute: error = difference
        case .atMost: error = measured > expected ? difference : (measured.isNaN ? .nan : 0)
        }
        self.tolerance = tolerance
        // NaN fails: a comparison with NaN is false.
        passed = error <= tolerance
    }
}
