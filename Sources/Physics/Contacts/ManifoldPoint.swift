/// One contact point found by the narrowphase, world frame.
struct ManifoldPoint {
    /// Deepest point of A and the matching surface point of B, metres.
    var pointA: DVec3
    var pointB: DVec3
    /// Unit normal from B to A: moving A along it separates the pair.
    var normal: DVec3
    /// dot(pointA − pointB, normal), metres; negative when penetrating.
    var separation: Double
}
