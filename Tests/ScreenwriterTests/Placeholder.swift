import Testing

@Test func ScreenwriterTestsPlaceholder() {}
