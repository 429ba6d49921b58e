import Geometry

/// One sheet of cloth as structure-of-arrays particle state plus its constraints.
struct Cloth {
    /// A distance constraint between two particles.
    struct Link {
        var i: Int32
        var j: Int32
        var rest: Double
        var compliance: Double
    }

    var name: String
    var columns: Int
    var position = ContiguousArray<DVec3>()
    var prevPosition = ContiguousArray<DVec3>()
    var velocity = ContiguousArray<DVec3>()
    /// 1/kg; 0 for pinned particles.
    var inverseMass = ContiguousArray<Double>()
    /// Stretch and shear links first, grouped by direction, then bending links: a stiff
    /// structure is solved before the soft one. Interleaving the directions particle by
    /// particle made a single Gauss–Seidel pass over a 30×30 sheet unstable (measured).
    var links = ContiguousArray<Link>()
    /// How many of `links` are stretch and shear links; the rest bend.
    var stretchLinks = 0
    /// Long-range attachments (Kim, Chentanez and Müller 2012): every free particle may be no
    /// farther from its nearest pinned particle than at rest. One cheap unilateral
    /// constraint each that stops the stretch a single Gauss–Seidel pass leaves in a long
    /// hanging sheet.
    var tethers = ContiguousArray<Link>()
    /// Two triangles per grid cell, for wind and rendering.
    var triangles = ContiguousArray<SIMD3<Int32>>()
    var thickness: Double
    var aerodynamicCoefficient: Double
    var friction: Double

    init(_ def: ClothDef) {
        precondition(def.columns >= 2 && def.rows >= 2, "ClothDef \(def.name): needs at least 2×2 particles, got \(def.columns)×\(def.rows)")
        name = def.name
        columns = def.columns
        thickness = Double(def.thickness)
        aerodynamicCoefficient = Double(def.aerodynamicCoefficient)
        friction = Double(def.friction)
        let o = DVec3(def.origin), du = DVec3(def.across) / Double(def.columns - 1), dv = DVec3(def.down) / Double(def.rows - 1)
        for r in 0..<def.rows {
            for c in 0..<def.columns {
                position.append(o + du * Double(c) + dv * Double(r))
            }
        }
        prevPosition = position
        velocity = ContiguousArray(repeating: .zero, count: position.count)
        var mass = ContiguousArray<Double>(repeating: 0, count: position.count)
        for r in 0..<(def.rows - 1) {
            for c in 0..<(def.columns - 1) {
                let a = Int32(def.index(row: r, column: c)), b = a + 1
                let d = Int32(def.index(row: r + 1, column: c)), e = d + 1
                triangles.append(SIMD3(a, d, b))
                triangles.append(SIMD3(b, d, e))
            }
        }
        for t in triangles {
            let p0 = position[Int(t.x)], p1 = position[Int(t.y)], p2 = position[Int(t.z)]
            let share = 0.5 * length(cross(p1 - p0, p2 - p0)) * Double(def.arealDensity) / 3
            for k in [t.x, t.y, t.z] { mass[Int(k)] += share }
        }
        inverseMass = ContiguousArray(mass.map { $0 > 0 ? 1 / $0 : 0 })
        for p in def.pinned {
            precondition(p >= 0 && p < position.count, "ClothDef \(def.name): pinned index \(p) is not a particle")
            inverseMass[p] = 0
        }
        func link(_ r0: Int, _ c0: Int, _ r1: Int, _ c1: Int, _ compliance: Double) {
            guard r1 < def.rows, c1 >= 0, c1 < def.columns else { return }
            let i = def.index(row: r0, column: c0), j = def.index(row: r1, column: c1)
            links.append(Link(i: Int32(i), j: Int32(j), rest: length(position[i] - position[j]), compliance: compliance))
        }
        for (dr, dc, compliance) in [(0, 1, def.stretchCompliance), (1, 0, def.stretchCompliance), (1, 1, def.shearCompliance), (1, -1, def.shearCompliance)] {
            for r in 0..<def.rows {
                for c in 0..<def.columns { link(r, c, r + dr, c + dc, compliance) }
            }
        }
        stretchLinks = links.count
        let pins = Set(def.pinned)
        if !pins.isEmpty {
            for i in position.indices where !pins.contains(i) {
                let p = def.pinned.min { lengthSquared(position[$0] - position[i]) < lengthSquared(position[$1] - position[i]) }!
                tethers.append(Link(i: Int32(i), j: Int32(p), rest: length(position[i] - position[p]), compliance: 0))
            }
        }
        for r in 0..<def.rows {
            for c in 0..<def.columns {
                link(r, c, r, c + 2, def.bendCompliance)
                link(r, c, r + 2, c, def.bendCompliance)
            }
        }
    }
}
