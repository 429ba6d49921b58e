import Geometry

extension Cloth {
    /// Keeps particles `thickness` above the ground plane and outside round bodies (spheres
    /// and capsules; pass their indices in `bodies`), with Coulomb friction on the tangential
    /// motion of the substep. One-way: the cloth does not push the bodies.
    mutating func collide(ground: Double?, bodies rigid: RigidBodies, candidates: ContiguousArray<Int32>) {
        for i in position.indices where inverseMass[i] > 0 {
            if let ground, position[i].y < ground + thickness {
                project(i, normal: .unitY, depth: ground + thickness - position[i].y)
            }
            for b in candidates {
                let k = Int(b)
                let center: DVec3, radius: Double
                switch rigid.shape[k] {
                case .sphere(let r):
                    center = rigid.position[k]
                    radius = Double(r)
                case .capsule(let r, let hh):
                    let (p0, p1) = capsuleSegment(rigid.position[k], rigid.orientation[k], Double(hh))
                    center = p0 + (p1 - p0) * closestParameter(p0, p1, position[i])
                    radius = Double(r)
                case .box:
                    continue
                }
                let d = position[i] - center
                let reach = radius + thickness
                let dist2 = lengthSquared(d)
                guard dist2 < reach * reach, dist2 > 1e-18 else { continue }
                let dist = dist2.squareRoot()
                project(i, normal: d / dist, depth: reach - dist)
            }
        }
    }

    /// Pushes particle `i` out by `depth` along `normal`, then removes tangential motion of
    /// the substep up to μ × depth (static friction when that stops it).
    @inline(__always) private mutating func project(_ i: Int, normal n: DVec3, depth: Double) {
        position[i] += n * depth
        let moved = position[i] - prevPosition[i]
        let tangential = moved - n * dot(moved, n)
        let slip = length(tangential)
        guard slip > 1e-12 else { return }
        position[i] -= tangential * min(1, friction * depth / slip)
    }
}
