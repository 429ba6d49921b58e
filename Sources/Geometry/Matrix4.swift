import Foundation

/// A column-major 4×4 matrix. Names of transforms say both frames: `worldFromObject`
/// maps object coordinates to world coordinates (pbrt's convention).
public struct Mat4: Sendable, Hashable {
    public var c0, c1, c2, c3: Vec4

    @inlinable public init(_ c0: Vec4, _ c1: Vec4, _ c2: Vec4, _ c3: Vec4) {
        self.c0 = c0; self.c1 = c1; self.c2 = c2; self.c3 = c3
    }

    public static let identity = Mat4(Vec4(1, 0, 0, 0), Vec4(0, 1, 0, 0), Vec4(0, 0, 1, 0), Vec4(0, 0, 0, 1))

    @inlinable @inline(__always) public static func * (m: Mat4, v: Vec4) -> Vec4 {
        m.c0 * v.x + m.c1 * v.y + m.c2 * v.z + m.c3 * v.w
    }

    @inlinable public static func * (a: Mat4, b: Mat4) -> Mat4 {
        Mat4(a * b.c0, a * b.c1, a * b.c2, a * b.c3)
    }

    @inlinable @inline(__always) public func transformPoint(_ p: Vec3) -> Vec3 {
        Vec3(c0 * p.x + c1 * p.y + c2 * p.z + c3)
    }

    @inlinable public func transformDirection(_ d: Vec3) -> Vec3 {
        Vec3(c0 * d.x + c1 * d.y + c2 * d.z)
    }

    /// Rigid transform followed by a per-axis scale in the object frame.
    public init(translation t: Vec3, rotation q: Quat, scale s: Vec3 = Vec3(1, 1, 1)) {
        let x = q.act(Vec3(1, 0, 0)) * s.x, y = q.act(Vec3(0, 1, 0)) * s.y, z = q.act(Vec3(0, 0, 1)) * s.z
        self.init(Vec4(x, 0), Vec4(y, 0), Vec4(z, 0), Vec4(t, 1))
    }

    /// View matrix: camera space has the camera at the origin looking down −z, y up.
    public static func lookAt(eye: Vec3, target: Vec3, up: Vec3 = Vec3(0, 1, 0)) -> Mat4 {
        let f = normalize(target - eye)
        var r = normalize(cross(f, up))
        if lengthSquared(r) < 1e-8 { r = Vec3(1, 0, 0) }
        let u = cross(r, f)
        return Mat4(
            Vec4(r.x, u.x, -f.x, 0), Vec4(r.y, u.y, -f.y, 0), Vec4(r.z, u.z, -f.z, 0),
            Vec4(-dot(r, eye), -dot(u, eye), dot(f, eye), 1))
    }

    /// OpenGL-style perspective projection to clip space (z in −w…w).
    /// - Parameters:
    ///   - fovY: vertical field of view in radians.
    public static func perspective(fovY: Float, aspect: Float, near: Float, far: Float) -> Mat4 {
        let f = 1 / tanf(fovY / 2)
        return Mat4(
            Vec4(f / aspect, 0, 0, 0), Vec4(0, f, 0, 0),
            Vec4(0, 0, (far + near) / (near - far), -1), Vec4(0, 0, 2 * far * near / (near - far), 0))
    }

    /// Orthographic projection of the box [l,r]×[b,t]×[−n,−f] to clip space.
    public static func orthographic(left l: Float, right r: Float, bottom b: Float, top t: Float, near n: Float, far f: Float) -> Mat4 {
        Mat4(
            Vec4(2 / (r - l), 0, 0, 0), Vec4(0, 2 / (t - b), 0, 0), Vec4(0, 0, -2 / (f - n), 0),
            Vec4(-(r + l) / (r - l), -(t + b) / (t - b), -(f + n) / (f - n), 1))
    }
}
