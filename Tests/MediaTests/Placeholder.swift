import Testing

@Test func MediaTestsPlaceholder() {}
