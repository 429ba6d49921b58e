import Foundation
import Geometry
import Stage
import Storyboard
import Camera

/// The work of rendering one frame, shared by the parallel bands: visibility, then shading.
/// It reads the frame's geometry through `MeshBuffers` and writes the renderer's
/// `FrameBuffers`; bands never write the same rows, so they need no locks.
struct ShadeJob: @unchecked Sendable {
    let r: Renderer
    let frame: FrameInput
    let lighting: Lighting
    let eye: Vec3
    let right: Vec3, up: Vec3, forward: Vec3
    let tanX: Float, tanY: Float
    let depth: UnsafeMutableBufferPointer<Float>
    let triangle: UnsafeMutableBufferPointer<Int32>
    let weights: UnsafeMutableBufferPointer<SIMD2<Float>>
    let pixels: UnsafeMutableBufferPointer<UInt8>
    let world: UnsafeBufferPointer<Vec3>, normal: UnsafeBufferPointer<Vec3>, local: UnsafeBufferPointer<Vec3>
    let surfaces: UnsafeBufferPointer<Surface>
    let tris: UnsafeBufferPointer<ScreenTriangle>
    let buffers: FrameBuffers
    let shadow: ShadowMap
    let toneTable: UnsafeBufferPointer<UInt8>
    let toneScale = Float(ToneMap.count - 1) / ToneMap.maxInput
    let exposure: Float
    let toon: Bool
    /// Anime's two tones: lit or in shadow, with a hard terminator.
    let cel: Bool
    /// Clay and paint have no gloss: highlights are suppressed.
    let matte: Bool
    /// Darkening towards the corners, folded into exposure so it costs no extra pass.
    let vignette: Float

    init(renderer: Renderer, frame: FrameInput, aspect: Float, mesh: MeshBuffers, toneTable: UnsafeBufferPointer<UInt8>) {
        r = renderer
        self.frame = frame
        lighting = frame.lighting
        eye = frame.camera.eye
        (right, up, forward) = frame.camera.basis
        tanY = tan(frame.camera.fovY / 2)
        tanX = tanY * aspect
        buffers = renderer.buffers
        depth = buffers.depth
        triangle = buffers.triangle
        weights = buffers.weights
        pixels = buffers.pixels
        world = mesh.world
        normal = mesh.normal
        local = mesh.local
        surfaces = mesh.surfaces
        tris = mesh.triangles
        shadow = renderer.shadow
        self.toneTable = toneTable
        exposure = frame.lighting.exposure
        toon = frame.style == .cartoon || frame.style == .ukiyoE
        cel = frame.style == .anime
        matte = [.claymation, .watercolor, .oil, .impressionist].contains(frame.style)
        vignette = frame.style == .noir ? 0.55 : (frame.style == .pixelArt || frame.style == .studio ? 0 : 0.22)
    }

    /// Phase one: depth, triangle and barycentrics of every pixel of the band.
    func rasterize(band: Int) {
        let w = r.iw
        let rows = rows(of: band)
        for i in (rows.lowerBound * w)..<(rows.upperBound * w) {
            depth[i] = 1
            triangle[i] = -1
        }
        for ti in r.bins[band] {
            TriangleRaster.scan(tris[Int(ti)], rows: rows, width: w) { x, y, l1, l2, z in
                let i = y * w + x
                if z < depth[i] && z > -1 {
                    depth[i] = z
                    triangle[i] = ti
                    weights[i] = SIMD2(l1, l2)
                }
            }
        }
    }

    /// Phase two, once every band is rasterized (the grid's last row lies in the next band):
    /// colour of every pixel, tone mapped, and its distance left in `depth` for outlines.
    func shade(band: Int) {
        let w = r.iw
        let rows = rows(of: band)
        let ih = Float(r.ih), fw = Float(w)
        let grid = ShadingGrid(job: self, band: band, rows: rows)
        for y in rows {
            let py = 1 - 2 * (Float(y) + 0.5) / ih
            for x in 0..<w {
                let px = 2 * (Float(x) + 0.5) / fw - 1
                let i = y * w + x
                let ti = triangle[i]
                let what = ti < 0 ? ShadingGrid.ground : tris[Int(ti)].surface
                let color: Vec3, distance: Float
                if let smooth = grid.interpolate(x: x, y: y - rows.lowerBound, sees: what) {
                    (color, distance) = smooth
                } else {
                    (color, distance, _) = shadeInFull(pixel: i, x: x, y: y)
                }
                depth[i] = distance
                let r2 = (px * px + py * py) * 0.5
                let gain = exposure * (1 - vignette * r2 * r2)
                let o = i * 4
                // Tone map all three channels at once through the lookup table.
                // Written so that a NaN lands on 0 (comparisons with NaN are false) instead of trapping.
                let lit = color * gain
                let positive = SIMD3<Float>.zero.replacing(with: lit, where: lit .> 0)
                let scaled = FastMath.lanewiseMin(positive, SIMD3(repeating: ToneMap.maxInput)) * toneScale
                pixels[o] = toneTable[Int(scaled.x)]
                pixels[o + 1] = toneTable[Int(scaled.y)]
                pixels[o + 2] = toneTable[Int(scaled.z)]
                pixels[o + 3] = 255
            }
        }
    }

    private func rows(of band: Int) -> Range<Int> {
        (band * Renderer.bandHeight)..<min((band + 1) * Renderer.bandHeight, r.ih)
    }

    /// Radiance along the view ray through pixel `i`, the distance to what it hit, and what
    /// that was: a surface index, or `ShadingGrid.ground` / `.sky`.
    @inline(__always)
    func shadeInFull(pixel i: Int, x: Int, y: Int) -> (Vec3, Float, Int32) {
        let ti = triangle[i]
        let dir = rayDirection(x: x, y: y)
        let groundT: Float = dir.y < -1e-4 ? -eye.y / dir.y : .infinity
        if ti >= 0 {
            let t = tris[Int(ti)]
            let l = weights[i]
            var b = SIMD3<Float>((1 - l.x - l.y) * t.invW0, l.x * t.invW1, l.y * t.invW2)
            b /= b.sum()
            let i0 = Int(t.i0), i1 = Int(t.i1), i2 = Int(t.i2)
            let p = world[i0] * b.x + world[i1] * b.y + world[i2] * b.z
            let distance = length(p - eye)
            if distance < groundT {
                var n = normalize(normal[i0] * b.x + normal[i1] * b.y + normal[i2] * b.z)
                if dot(n, dir) > 0 { n = -n }
                let l = local[i0] * b.x + local[i1] * b.y + local[i2] * b.z
                let surface = surfaces[Int(t.surface)]
                let albedo = surface.albedo(world: p, local: l, fade: 1)
                let c = light(p: p, n: n, v: -dir, albedo: albedo, surface: surface) + surface.emissive
                return (fog(c, distance), distance, t.surface)
            }
        }
        let (c, d) = background(dir)
        return (c, d, d == ShadingGrid.skyDistance ? ShadingGrid.sky : ShadingGrid.ground)
    }

    /// What lies behind every object along `dir`: the ground (fogged) or the sky.
    @inline(__always)
    func background(_ dir: Vec3) -> (Vec3, Float) {
        let groundT: Float = dir.y < -1e-4 ? -eye.y / dir.y : .infinity
        if groundT < FrameGeometry.farGround { return groundSample(dir: dir, groundT: groundT) }
        return (lighting.sky(dir), ShadingGrid.skyDistance)
    }

    /// The ground seen along `dir` at distance `groundT`, shaded at full resolution and fogged.
    @inline(__always)
    func groundSample(dir: Vec3, groundT: Float) -> (Vec3, Float) {
        let p = eye + dir * groundT
        return (fog(shadeGround(p: p, dir: dir, distance: groundT), groundT), groundT)
    }

    @inline(__always)
    private func fog(_ c: Vec3, _ distance: Float) -> Vec3 {
        let f = FastMath.expNegative(-lighting.fogDensity * distance)
        return mix(lighting.fogColor, c, f)
    }

    /// Direct sun with filtered shadow, hemisphere ambient and a Blinn–Phong highlight.
    /// - Parameter castsShadow: whether the surface is itself in the shadow map. Objects are, and
    ///   need a normal offset against self-shadowing acne; the analytic ground is not, so its
    ///   shadows start exactly where objects touch it (no peter-panning under a low sun).
    @inline(__always)
    private func light(p: Vec3, n: Vec3, v: Vec3, albedo: Vec3, surface: Surface, castsShadow: Bool = true) -> Vec3 {
        let l = lighting.sunDirection
        var ndl = max(dot(n, l), 0)
        var vis: Float = 0
        if ndl > 0 {
            vis = castsShadow
                ? shadow.visibility(p + n * (shadow.texelWorld * 1.5), taps: r.quality.shadowTaps)
                : shadow.visibility(p, taps: r.quality.shadowTaps, bias: 0)
        }
        var direct = ndl * vis
        if toon { direct = direct > 0.45 ? 1 : (direct > 0.12 ? 0.55 : 0.25); ndl = direct }
        if cel { direct = direct > 0.2 ? 1 : 0.35; ndl = direct }
        let diffuseColor = albedo * (1 - surface.metallic)
        var c = diffuseColor * (lighting.sunColor * direct + lighting.ambient(n))
        // Very rough surfaces (sand, grass) have no visible highlight: skip its cost.
        if direct > 0 && surface.roughness < 0.85 && !matte {
            let h = normalize(l + v)
            let ndh = max(dot(n, h), 0)
            let rough = max(surface.roughness, 0.05)
            let shininess = min(2 / (rough * rough * rough * rough) - 2, 2048)
            var spec = exp2(shininess * log2(max(ndh, 1e-4))) * (shininess + 8) / (8 * .pi)
            if toon { spec = spec > 0.5 ? 0.6 : 0 }
            let f0 = mix(Vec3(repeating: 0.04), albedo, surface.metallic)
            let vdh = max(dot(v, h), 0)
            let m = 1 - vdh, m2 = m * m
            let fresnel = f0 + (Vec3(repeating: 1) - f0) * (m2 * m2 * m)
            c += fresnel * lighting.sunColor * (spec * direct)
        }
        return c
    }

    /// Direction of the view ray through the centre of internal pixel (x, y).
    @inline(__always)
    func rayDirection(x: Int, y: Int) -> Vec3 {
        let px = 2 * (Float(x) + 0.5) / Float(r.iw) - 1
        let py = 1 - 2 * (Float(y) + 0.5) / Float(r.ih)
        return normalize(forward + right * (px * tanX) + up * (py * tanY))
    }

    /// The ground plane: its pattern, or water beyond a shoreline with sky reflection and foam.
    @inline(__always)
    private func shadeGround(p: Vec3, dir: Vec3, distance: Float) -> Vec3 {
        let ground = frame.ground
        let time = Float(frame.time)
        let fade = max(0, 1 - distance / 12)
        if let shore = ground.shorelineZ {
            let edge = shore + 0.6 * FastMath.sin(p.x * 0.35 + time * 0.9) + 0.35 * FastMath.sin(time * 0.7)
            if p.z < edge {
                let wx = FastMath.sin(p.x * 1.7 + time * 1.3) * 0.05 + FastMath.sin(p.x * 4.1 - p.z * 2.3 + time * 2.1) * 0.03
                let wz = FastMath.sin(p.z * 1.9 - time * 1.1) * 0.05 + FastMath.sin(p.z * 3.7 + p.x * 1.3 + time * 1.7) * 0.03
                let n = normalize(Vec3(wx, 1, wz))
                let cosV = max(dot(n, -dir), 0)
                let m = 1 - cosV, m2 = m * m
                let fresnel = 0.02 + 0.98 * m2 * m2 * m
                var reflected = dir - n * (2 * dot(dir, n))
                reflected.y = abs(reflected.y)
                let body = ground.waterColor * (lighting.sunColor * max(lighting.sunDirection.y, 0) * 0.35 + lighting.ambient(n))
                var c = mix(body, lighting.sky(reflected), fresnel)
                let foam = smoothstep(0.9, 0, edge - p.z) * (0.6 + 0.4 * Noise.value(p.x * 3, time * 0.8))
                c = mix(c, (lighting.sunColor * max(lighting.sunDirection.y, 0.1) + lighting.ambient(Vec3(0, 1, 0))) * 0.85, foam)
                return c
            }
            // Wet, darker sand near the water line.
            let wet = smoothstep(2.5, 0, p.z - edge)
            let albedo = ground.surface.albedo(world: p, local: p, fade: fade) * (1 - 0.45 * wet)
            return light(p: p, n: Vec3(0, 1, 0), v: -dir, albedo: albedo, surface: ground.surface, castsShadow: false)
        }
        let albedo = ground.surface.albedo(world: p, local: p, fade: fade)
        return light(p: p, n: Vec3(0, 1, 0), v: -dir, albedo: albedo, surface: ground.surface, castsShadow: false)
    }
}
