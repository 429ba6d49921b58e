public import Geometry
import Foundation

/// A pinhole camera: where it stands, what it looks at and how wide it sees. A plain value,
/// so every frame owns its camera (no global matrices).
public struct Camera: Sendable, Hashable {
    public var eye: Vec3
    public var target: Vec3
    public var up: Vec3
    /// Vertical field of view in radians.
    public var fovY: Float
    /// Near and far clip distances in metres.
    public var near: Float
    public var far: Float

    public init(eye: Vec3, target: Vec3, up: Vec3 = Vec3(0, 1, 0), fovY: Float, near: Float = 0.05, far: Float = 600) {
        self.eye = eye
        self.target = target
        self.up = up
        self.fovY = fovY
        self.near = near
        self.far = far
    }

    public var viewFromWorld: Mat4 { .lookAt(eye: eye, target: target, up: up) }

    public func clipFromView(aspect: Float) -> Mat4 { .perspective(fovY: fovY, aspect: aspect, near: near, far: far) }

    public func clipFromWorld(aspect: Float) -> Mat4 { clipFromView(aspect: aspect) * viewFromWorld }

    /// Unit vectors of the camera frame in world space: right, up and forward (viewing direction).
    public var basis: (right: Vec3, up: Vec3, forward: Vec3) {
        let f = normalize(target - eye)
        var r = normalize(cross(f, up))
        if lengthSquared(r) < 1e-8 { r = Vec3(1, 0, 0) }
        return (r, cross(r, f), f)
    }

    /// Half the horizontal field of view for an image of `aspect` = width / height.
    public func halfFovX(aspect: Float) -> Float { atan(tan(fovY / 2) * aspect) }
}
