public import Geometry

extension World {
    /// Adds a sheet of cloth; it is simulated with the bodies, in the same substeps.
    @discardableResult public func add(_ def: ClothDef) -> ClothID {
        cloths.append(Cloth(def))
        return ClothID(cloths.count - 1)
    }

    public var clothCount: Int { cloths.count }

    /// Particle positions of a cloth, world frame, metres, row by row.
    public func clothPositions(_ id: ClothID) -> [Vec3] { cloths[checkCloth(id)].position.map(\.float) }

    /// Triangles of a cloth as particle indices into ``clothPositions(_:)``, two per grid
    /// cell, wound so that their right-handed normal is `down × across` of the definition.
    public func clothTriangles(_ id: ClothID) -> [SIMD3<Int32>] { Array(cloths[checkCloth(id)].triangles) }

    /// Round bodies whose bounding spheres come near any cloth in the coming step: the only
    /// ones the cloth particles test each substep.
    func gatherClothColliders(_ dt: Double) {
        clothColliders.removeAll(keepingCapacity: true)
        guard !cloths.isEmpty else { return }
        var lo = DVec3(.infinity, .infinity, .infinity), hi = -lo
        for c in cloths {
            for p in c.position {
                lo = DVec3(min(lo.x, p.x), min(lo.y, p.y), min(lo.z, p.z))
                hi = DVec3(max(hi.x, p.x), max(hi.y, p.y), max(hi.z, p.z))
            }
        }
        // Room for the cloth's own motion in the step (fast flapping reaches ~20 m/s).
        let pad = 0.1 + 20 * dt
        for i in 0..<bodies.count {
            if case .box = bodies.shape[i] { continue }
            let x = bodies.position[i]
            let r = bodies.boundingRadius[i] + length(bodies.velocity[i]) * dt + pad
            if x.x + r >= lo.x && x.x - r <= hi.x && x.y + r >= lo.y && x.y - r <= hi.y && x.z + r >= lo.z && x.z - r <= hi.z {
                clothColliders.append(Int32(i))
            }
        }
    }

    /// One substep of every cloth, after the bodies have moved.
    func stepCloths(_ h: Double) {
        guard !cloths.isEmpty else { return }
        let ground = definition.hasGround ? Double(definition.groundHeight) : nil
        let bodies = self.bodies
        for c in cloths.indices {
            cloths[c].applyForces(h, gravity: gravity, wind: wind, airDensity: Double(definition.airDensity))
            cloths[c].predict(h)
            cloths[c].solveLinks(h)
            cloths[c].solveTethers()
            cloths[c].collide(ground: ground, bodies: bodies, candidates: clothColliders)
            cloths[c].updateVelocities(h)
        }
    }

    @inline(__always) func checkCloth(_ id: ClothID) -> Int {
        let i = Int(id.index)
        precondition(i >= 0 && i < cloths.count, "ClothID \(i) is not a cloth of this world (it has \(cloths.count))")
        return i
    }
}
