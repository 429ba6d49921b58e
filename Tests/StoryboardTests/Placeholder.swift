import Testing

@Test func StoryboardTestsPlaceholder() {}
