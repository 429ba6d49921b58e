import Geometry
import Stage

/// A triangle after transform, near-plane clipping and projection: screen positions,
/// depth and 1/w per corner, and where its attributes live in `FrameGeometry`.
struct ScreenTriangle {
    var i0: Int32, i1: Int32, i2: Int32
    var surface: Int32
    var x0: Float, y0: Float, x1: Float, y1: Float, x2: Float, y2: Float
    var z0: Float, z1: Float, z2: Float
    var invW0: Float, invW1: Float, invW2: Float
}

/// Read-only views of one frame's geometry, valid inside `FrameGeometry.withBuffers`.
struct MeshBuffers: @unchecked Sendable {
    let world: UnsafeBufferPointer<Vec3>
    let normal: UnsafeBufferPointer<Vec3>
    let local: UnsafeBufferPointer<Vec3>
    let surfaces: UnsafeBufferPointer<Surface>
    let triangles: UnsafeBufferPointer<ScreenTriangle>
}

/// Per-frame vertex and triangle data, kept between frames so their storage is reused
/// (no allocation per frame once the largest frame has been seen).
struct FrameGeometry {
    var world: [Vec3] = []
    var normal: [Vec3] = []
    /// Object-space position, for patterns that stick to the object (stripes, planks).
    var local: [Vec3] = []
    var clip: [Vec4] = []
    var triangles: [ScreenTriangle] = []
    var surfaces: [Surface] = []
    /// The ground plane is drawn out to this distance, metres; beyond it lies the sky.
    static let farGround: Float = 2000

    /// Runs `body` with stable read-only views of the arrays (the parallel bands read them).
    func withBuffers<R>(_ body: (MeshBuffers) -> R) -> R {
        world.withUnsafeBufferPointer { world in
            normal.withUnsafeBufferPointer { normal in
                local.withUnsafeBufferPointer { local in
                    surfaces.withUnsafeBufferPointer { surfaces in
                        triangles.withUnsafeBufferPointer { triangles in
                            body(MeshBuffers(world: world, normal: normal, local: local, surfaces: surfaces, triangles: triangles))
                        }
                    }
                }
            }
        }
    }

    mutating func reset() {
        world.removeAll(keepingCapacity: true)
        normal.removeAll(keepingCapacity: true)
        local.removeAll(keepingCapacity: true)
        clip.removeAll(keepingCapacity: true)
        triangles.removeAll(keepingCapacity: true)
        surfaces.removeAll(keepingCapacity: true)
    }

    /// Transforms, clips and projects every item for a `width`×`height` target.
    mutating func build(items: [DrawItem], clipFromWorld: Mat4, width: Int, height: Int) {
        reset()
        let w = Float(width), h = Float(height)
        for item in items {
            let m = item.worldFromObject
            // Inverse-transpose of rotation × scale: each column divided by its squared length.
            let n0 = Vec3(m.c0) / max(lengthSquared(Vec3(m.c0)), 1e-12)
            let n1 = Vec3(m.c1) / max(lengthSquared(Vec3(m.c1)), 1e-12)
            let n2 = Vec3(m.c2) / max(lengthSquared(Vec3(m.c2)), 1e-12)
            let base = Int32(world.count)
            let surfaceIndex = Int32(surfaces.count)
            surfaces.append(item.surface)
            for (p, n) in zip(item.mesh.positions, item.mesh.normals) {
                let wp = m.transformPoint(p)
                world.append(wp)
                normal.append(normalize(n0 * n.x + n1 * n.y + n2 * n.z))
                local.append(p)
                clip.append(clipFromWorld * Vec4(wp, 1))
            }
            let idx = item.mesh.indices
            var t = 0
            while t + 2 < idx.count {
                emit(base + Int32(idx[t]), base + Int32(idx[t + 1]), base + Int32(idx[t + 2]), surfaceIndex, w, h)
                t += 3
            }
        }
    }

    /// Clips one triangle against the near plane (z ≥ −w) and appends what remains.
    private mutating func emit(_ a: Int32, _ b: Int32, _ c: Int32, _ surface: Int32, _ w: Float, _ h: Float) {
        let ca = clip[Int(a)], cb = clip[Int(b)], cc = clip[Int(c)]
        let da = ca.z + ca.w, db = cb.z + cb.w, dc = cc.z + cc.w
        if da >= 0 && db >= 0 && dc >= 0 {
            project(a, b, c, surface, w, h)
            return
        }
        if da < 0 && db < 0 && dc < 0 { return }
        // Sutherland–Hodgman against one plane: at most four corners come out.
        var poly: [Int32] = []
        poly.reserveCapacity(4)
        let corners = [(a, da), (b, db), (c, dc)]
        for k in 0..<3 {
            let (p, dp) = corners[k], (q, dq) = corners[(k + 1) % 3]
            if dp >= 0 { poly.append(p) }
            if (dp >= 0) != (dq >= 0) {
                poly.append(interpolate(p, q, dp / (dp - dq)))
            }
        }
        guard poly.count >= 3 else { return }
        for k in 1..<(poly.count - 1) { project(poly[0], poly[k], poly[k + 1], surface, w, h) }
    }

    /// A new vertex on the segment p→q at parameter `t`, all attributes interpolated.
    private mutating func interpolate(_ p: Int32, _ q: Int32, _ t: Float) -> Int32 {
        let i = Int(p), j = Int(q)
        world.append(mix(world[i], world[j], t))
        normal.append(normalize(mix(normal[i], normal[j], t)))
        local.append(mix(local[i], local[j], t))
        clip.append(clip[i] + (clip[j] - clip[i]) * t)
        return Int32(world.count - 1)
    }

    private mutating func project(_ a: Int32, _ b: Int32, _ c: Int32, _ surface: Int32, _ w: Float, _ h: Float) {
        let ca = clip[Int(a)], cb = clip[Int(b)], cc = clip[Int(c)]
        let ia = 1 / max(ca.w, 1e-6), ib = 1 / max(cb.w, 1e-6), ic = 1 / max(cc.w, 1e-6)
        let x0 = (ca.x * ia * 0.5 + 0.5) * w, y0 = (0.5 - ca.y * ia * 0.5) * h
        let x1 = (cb.x * ib * 0.5 + 0.5) * w, y1 = (0.5 - cb.y * ib * 0.5) * h
        let x2 = (cc.x * ic * 0.5 + 0.5) * w, y2 = (0.5 - cc.y * ic * 0.5) * h
        // Counter-clockwise front faces turn clockwise once y points down: cull the rest.
        // (A NaN anywhere makes the area NaN, and the triangle is dropped here too.)
        let area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0)
        guard area < 0, area > -.greatestFiniteMagnitude else { return }
        // Entirely off screen.
        if max(x0, x1, x2) < 0 || min(x0, x1, x2) >= w || max(y0, y1, y2) < 0 || min(y0, y1, y2) >= h { return }
        triangles.append(ScreenTriangle(
            i0: a, i1: b, i2: c, surface: surface, x0: x0, y0: y0, x1: x1, y1: y1, x2: x2, y2: y2,
            z0: ca.z * ia, z1: cb.z * ib, z2: cc.z * ic, invW0: ia, invW1: ib, invW2: ic))
    }
}
