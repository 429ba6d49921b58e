import Foundation

extension Mesh {
    /// A UV sphere centred on the origin.
    public static func sphere(radius: Float, segments: Int = 24, rings: Int = 16) -> Mesh {
        var m = Mesh()
        for ring in 0...rings {
            let v = Float(ring) / Float(rings)
            let phi = v * .pi
            for seg in 0...segments {
                let theta = Float(seg) / Float(segments) * 2 * .pi
                let n = Vec3(sin(phi) * cos(theta), cos(phi), sin(phi) * sin(theta))
                m.positions.append(n * radius)
                m.normals.append(n)
            }
        }
        let stride = UInt32(segments + 1)
        for ring in 0..<UInt32(rings) {
            for seg in 0..<UInt32(segments) {
                let a = ring * stride + seg, b = a + stride
                m.indices += [a, a + 1, b, a + 1, b + 1, b]
            }
        }
        return m
    }

    /// A box with flat faces centred on the origin.
    public static func box(halfExtents h: Vec3) -> Mesh {
        var m = Mesh()
        let faces: [(n: Vec3, u: Vec3, v: Vec3)] = [
            (Vec3(1, 0, 0), Vec3(0, 0, -1), Vec3(0, 1, 0)), (Vec3(-1, 0, 0), Vec3(0, 0, 1), Vec3(0, 1, 0)),
            (Vec3(0, 1, 0), Vec3(1, 0, 0), Vec3(0, 0, -1)), (Vec3(0, -1, 0), Vec3(1, 0, 0), Vec3(0, 0, 1)),
            (Vec3(0, 0, 1), Vec3(1, 0, 0), Vec3(0, 1, 0)), (Vec3(0, 0, -1), Vec3(-1, 0, 0), Vec3(0, 1, 0)),
        ]
        for f in faces {
            let base = UInt32(m.positions.count)
            for (su, sv) in [(-1, -1), (1, -1), (1, 1), (-1, 1)] as [(Float, Float)] {
                m.positions.append((f.n + f.u * su + f.v * sv) * h)
                m.normals.append(f.n)
            }
            m.indices += [base, base + 1, base + 2, base, base + 2, base + 3]
        }
        return m
    }

    /// A capsule along y: a cylinder of half height `halfHeight` capped by hemispheres.
    public static func capsule(radius: Float, halfHeight: Float, segments: Int = 16, rings: Int = 12) -> Mesh {
        var m = Mesh()
        let half = rings / 2
        for ring in 0...(rings + 1) {
            // Rings 0…half are the top cap, half+1…rings+1 the bottom cap.
            let top = ring <= half
            let phi = Float(top ? ring : ring - 1) / Float(rings) * .pi
            let yOffset = top ? halfHeight : -halfHeight
            for seg in 0...segments {
                let theta = Float(seg) / Float(segments) * 2 * .pi
                let n = Vec3(sin(phi) * cos(theta), cos(phi), sin(phi) * sin(theta))
                m.positions.append(n * radius + Vec3(0, yOffset, 0))
                m.normals.append(n)
            }
        }
        let stride = UInt32(segments + 1)
        for ring in 0..<UInt32(rings + 1) {
            for seg in 0..<UInt32(segments) {
                let a = ring * stride + seg, b = a + stride
                m.indices += [a, a + 1, b, a + 1, b + 1, b]
            }
        }
        return m
    }

    /// A closed cylinder along y with radii that may differ at the bottom and top (a cone or frustum).
    public static func cylinder(bottomRadius: Float, topRadius: Float, height: Float, segments: Int = 20) -> Mesh {
        var m = Mesh()
        let slope = (bottomRadius - topRadius) / height
        for (y, r) in [(Float(0), bottomRadius), (height, topRadius)] {
            for seg in 0...segments {
                let theta = Float(seg) / Float(segments) * 2 * .pi
                let dir = Vec3(cos(theta), 0, sin(theta))
                m.positions.append(dir * r + Vec3(0, y, 0))
                m.normals.append(normalize(Vec3(dir.x, slope, dir.z)))
            }
        }
        let stride = UInt32(segments + 1)
        for seg in 0..<UInt32(segments) {
            m.indices += [seg, stride + seg, seg + 1, seg + 1, stride + seg, stride + seg + 1]
        }
        for (y, r, up) in [(Float(0), bottomRadius, Float(-1)), (height, topRadius, 1)] where r > 0 {
            let centre = UInt32(m.positions.count)
            m.positions.append(Vec3(0, y, 0))
            m.normals.append(Vec3(0, up, 0))
            for seg in 0...segments {
                let theta = Float(seg) / Float(segments) * 2 * .pi
                m.positions.append(Vec3(cos(theta) * r, y, sin(theta) * r))
                m.normals.append(Vec3(0, up, 0))
            }
            for seg in 0..<UInt32(segments) {
                let a = centre + 1 + seg
                m.indices += up > 0 ? [centre, a + 1, a] : [centre, a, a + 1]
            }
        }
        return m
    }
}
