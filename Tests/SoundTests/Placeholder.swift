import Testing

@Test func SoundTestsPlaceholder() {}
