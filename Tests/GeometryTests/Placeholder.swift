import Testing

@Test func GeometryTestsPlaceholder() {}
