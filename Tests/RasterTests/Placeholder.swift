import Testing

@Test func RasterTestsPlaceholder() {}
