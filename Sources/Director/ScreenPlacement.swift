import Camera
import Foundation
import Geometry

/// Where a sound comes from as the viewer sees it: left–right across the frame, and how far
/// beyond a 4 m reference. Film mixes keep on-screen action present, so only sounds farther
/// than the reference get quieter.
struct ScreenPlacement {
    /// −1 at the left edge of the frame … 1 at the right edge (clamped outside it).
    var pan: Float
    /// Distance in units of the reference distance, at least 1.
    var distance: Float

    static let referenceDistance: Float = 4

    init(_ point: Vec3, seenBy camera: Camera, aspect: Float) {
        let (right, _, forward) = camera.basis
        let v = point - camera.eye
        let depth = max(dot(v, forward), 0.1)
        pan = clamp(dot(v, right) / (depth * tan(camera.halfFovX(aspect: aspect))), -1, 1)
        distance = max(length(v) / Self.referenceDistance, 1)
    }
}
