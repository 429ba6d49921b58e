import Geometry

/// The part of a shape below a horizontal water surface: what buoyancy and drag act on.
struct SubmergedPart {
    /// m³.
    var volume: Double = 0
    /// Centroid of the submerged part (centre of buoyancy), world frame; meaningful when volume > 0.
    var centroid: DVec3 = .zero

    /// Nothing under water.
    init() {}

    /// Exact for spheres (a spherical cap). Boxes (4×4×4 cells) and capsule bodies (8 slices)
    /// are cut into slabs whose submerged fraction is taken linear in the depth of their
    /// centre: exact for slabs with level faces (an upright box), within a few per cent of a
    /// slab's volume when tilted, and smooth in the pose, so floating bodies do not jitter.
    init(_ shape: Shape, _ x: DVec3, _ q: DQuat, surface: Double) {
        switch shape {
        case .sphere(let r):
            addSphere(x, Double(r), surface: surface, share: 1)
        case .box(let h):
            let n = 4
            let half = DVec3(h)
            let axes = (q.act(DVec3(1, 0, 0)), q.act(DVec3(0, 1, 0)), q.act(DVec3(0, 0, 1)))
            let cell = half * (2 / Double(n))
            // Vertical extent of one cell: its three edges projected on the vertical.
            let extent = abs(axes.0.y) * cell.x + abs(axes.1.y) * cell.y + abs(axes.2.y) * cell.z
            let cellVolume = cell.x * cell.y * cell.z
            for i in 0..<n {
                for j in 0..<n {
                    for k in 0..<n {
                        let local = DVec3((Double(i) + 0.5) * cell.x - half.x, (Double(j) + 0.5) * cell.y - half.y, (Double(k) + 0.5) * cell.z - half.z)
                        addSlab(x + q.act(local), extent: extent, volume: cellVolume, surface: surface)
                    }
                }
            }
        case .capsule(let r, let hh):
            let radius = Double(r), half = Double(hh)
            let (p0, p1) = capsuleSegment(x, q, half)
            // The two hemispherical caps weigh like half a sphere each at the segment ends.
            addSphere(p0, radius, surface: surface, share: 0.5)
            addSphere(p1, radius, surface: surface, share: 0.5)
            let n = 8
            let axisY = abs(p1.y - p0.y) / max(2 * half, 1e-12)
            let slice = 2 * half / Double(n)
            let extent = axisY * slice + 2 * radius * max(0, 1 - axisY * axisY).squareRoot()
            for k in 0..<n {
                let c = p0 + (p1 - p0) * ((Double(k) + 0.5) / Double(n))
                addSlab(c, extent: extent, volume: Double.pi * radius * radius * slice, surface: surface)
            }
        }
        if volume > 0 { centroid = centroid / volume }
    }

    /// Adds `share` of a sphere's cap below the surface: V = π d² (3r − d) / 3 for a cap of
    /// depth d, its centroid 3 (2r − d)² / (4 (3r − d)) below the sphere's centre.
    private mutating func addSphere(_ c: DVec3, _ r: Double, surface: Double, share: Double) {
        let d = clamp(surface - (c.y - r), 0, 2 * r)
        guard d > 0 else { return }
        let v = Double.pi * d * d * (3 * r - d) / 3 * share
        let below = 3 * (2 * r - d) * (2 * r - d) / (4 * (3 * r - d))
        volume += v
        centroid += DVec3(c.x, c.y - below, c.z) * v
    }

    /// Adds a slab of `volume` centred at `c` with vertical `extent`; the submerged part's
    /// centroid sits in the middle of the wet height.
    private mutating func addSlab(_ c: DVec3, extent: Double, volume slab: Double, surface: Double) {
        let depth = surface - c.y
        let f = extent > 0 ? clamp(0.5 + depth / extent, 0, 1) : (depth > 0 ? 1 : 0)
        guard f > 0 else { return }
        let v = slab * f
        volume += v
        centroid += DVec3(c.x, c.y - 0.5 * (1 - f) * extent, c.z) * v
    }
}
