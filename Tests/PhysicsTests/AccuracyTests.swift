import Physics
import Testing

/// Runs ``AccuracyCase/all``, the cases `kinora bench physics` reports, one test per case.
@Suite struct AccuracyTests {
    @Test(arguments: AccuracyCase.all.map(\.name))
    func caseMatchesItsAnalyticAnswer(_ name: String) {
        let accuracyCase = AccuracyCase.all.first { $0.name == name }!
        let results = accuracyCase.run()
        #expect(!results.isEmpty)
        for r in results {
            #expect(r.passed, "\(name): \(r.quantity) = \(r.measured) \(r.unit), expected \(r.expected), error \(r.error) > \(r.tolerance)")
        }
    }

    @Test func caseNamesAreUnique() {
        #expect(Set(AccuracyCase.all.map(\.name)).count == AccuracyCase.all.count)
    }
}
