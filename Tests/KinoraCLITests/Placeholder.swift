import Testing

@Test func KinoraCLITestsPlaceholder() {}
