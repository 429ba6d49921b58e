import Testing

@Test func PhysicsTestsPlaceholder() {}
