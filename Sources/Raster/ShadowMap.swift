import Dispatch
import Geometry

/// Depth of the nearest occluder as seen from the sun, over a square region around the
/// action, for shadows with percentage-closer filtering.
final class ShadowMap: @unchecked Sendable {
    let size: Int
    /// Allocated once; bands write it in parallel, so it must never move (see `FrameBuffers`).
    let depth: UnsafeMutableBufferPointer<Float>
    var lightFromWorld = Mat4.identity
    /// World-space width of one texel, metres; sets the normal offset against acne.
    var texelWorld: Float = 0.01
    private var geometry = FrameGeometry()
    private var bins: TriangleBins

    /// The light's depth range in metres, from `near` in front of the focus to beyond it.
    static let near: Float = 1
    static let depthRange: Float = 399

    init(size: Int) {
        self.size = size
        depth = .allocate(size * size, 1)
        bins = TriangleBins(rows: size, rowsPerBand: (size + 7) / 8)
    }

    deinit { depth.deallocate() }

    /// Renders the occluders of `items` into the map, for a square of half side `halfSize`
    /// metres centred on `focus`.
    func render(items: [DrawItem], sunDirection: Vec3, focus: Vec3, halfSize: Float) {
        let eye = focus + sunDirection * 150
        let view = Mat4.lookAt(eye: eye, target: focus, up: abs(sunDirection.y) > 0.99 ? Vec3(0, 0, 1) : Vec3(0, 1, 0))
        lightFromWorld = Mat4.orthographic(left: -halfSize, right: halfSize, bottom: -halfSize, top: halfSize, near: Self.near, far: Self.near + Self.depthRange) * view
        texelWorld = 2 * halfSize / Float(size)
        // Faces turned to the sun are the occluders; the normal offset at lookup keeps them free of acne.
        geometry.build(items: items, clipFromWorld: lightFromWorld, width: size, height: size)
        let n = size
        // Rasterize in horizontal bands on all cores; each band owns its rows of the map.
        bins.fill(geometry.triangles)
        let bandRows = bins.rowsPerBand
        let map = SendablePointer(depth.baseAddress!)
        geometry.triangles.withUnsafeBufferPointer { tris in
            let triangles = SendableBuffer(tris)
            let bins = bins
            DispatchQueue.concurrentPerform(iterations: bins.count) { band in
                let d = map.pointer
                let rows = (band * bandRows)..<min((band + 1) * bandRows, n)
                for i in (rows.lowerBound * n)..<(rows.upperBound * n) { d[i] = 1 }
                for ti in bins[band] {
                    TriangleRaster.scan(triangles.buffer[Int(ti)], rows: rows, width: n) { x, y, _, _, z in
                        let i = y * n + x
                        let zz = z * 0.5 + 0.5
                        if zz < d[i] { d[i] = zz }
                    }
                }
            }
        }
    }

    /// Fraction of sunlight reaching world point `p` (1 lit … 0 shadowed), filtered over
    /// `taps`×`taps` bilinear lookups.
    @inline(__always)
    /// - Parameter bias: depth bias in metres along the light, against acne on occluders themselves.
    func visibility(_ p: Vec3, taps: Int, bias: Float = 0.03) -> Float {
        let d = depth
        let c = lightFromWorld * Vec4(p, 1)
        let u = (c.x * 0.5 + 0.5) * Float(size) - 0.5
        let v = (0.5 - c.y * 0.5) * Float(size) - 0.5
        let z = c.z * 0.5 + 0.5 - bias / Self.depthRange
        if taps <= 1 { return lit(Int(u.rounded()), Int(v.rounded()), z, d) }
        let spread = taps == 2 ? 0 : 1
        var sum: Float = 0, count: Float = 0
        for oy in -spread...spread {
            for ox in -spread...spread {
                let uu = u + Float(ox), vv = v + Float(oy)
                let fu = uu.rounded(.down), fv = vv.rounded(.down)
                let iu = Int(fu), iv = Int(fv)
                let tu = uu - fu, tv = vv - fv
                let s00 = lit(iu, iv, z, d), s10 = lit(iu + 1, iv, z, d)
                let s01 = lit(iu, iv + 1, z, d), s11 = lit(iu + 1, iv + 1, z, d)
                sum += (s00 + (s10 - s00) * tu) * (1 - tv) + (s01 + (s11 - s01) * tu) * tv
                count += 1
            }
        }
        return sum / count
    }

    @inline(__always) private func lit(_ x: Int, _ y: Int, _ z: Float, _ d: UnsafeMutableBufferPointer<Float>) -> Float {
        guard x >= 0, y >= 0, x < size, y < size else { return 1 }
        return z <= d[y * size + x] ? 1 : 0
    }
}
