/// A pair of bodies whose swept bounding spheres overlap during the coming step.
struct BodyPair {
    var a: Int32
    var b: Int32
}

/// Sort-and-sweep over bounding spheres, run once per step (not per substep): each sphere is
/// grown by the distance its body can travel in the step, so the exact narrowphase run in
/// every substep only sees candidate pairs. The sweep order persists between steps and is
/// re-sorted by insertion sort, which is O(n) when little moved.
///
/// - Complexity: O(n + k) per step for n bodies and k overlapping x-intervals, when coherent.
struct Broadphase {
    var order = ContiguousArray<Int32>()
    var lower = ContiguousArray<Double>()
    var upper = ContiguousArray<Double>()
    var center = ContiguousArray<DVec3>()
    var radius = ContiguousArray<Double>()
    var pairs = ContiguousArray<BodyPair>()

    /// Extra room (metres) around every sphere, for contact margins and rotation.
    static let margin = 0.02

    mutating func update(_ bodies: RigidBodies, dt: Double, gravity: Double) {
        let n = bodies.count
        while order.count < n { order.append(Int32(order.count)) }
        lower.removeAll(keepingCapacity: true)
        upper.removeAll(keepingCapacity: true)
        center.removeAll(keepingCapacity: true)
        radius.removeAll(keepingCapacity: true)
        for i in 0..<n {
            var travel = length(bodies.velocity[i]) * dt
            switch bodies.motion[i] {
            case .dynamic: travel += 0.5 * gravity * dt * dt
            case .kinematic: travel = max(travel, length(bodies.driveTargetPosition[i] - bodies.position[i]))
            case .static: travel = 0
            }
            let r = bodies.boundingRadius[i] + travel + Self.margin
            let c = bodies.position[i]
            center.append(c)
            radius.append(r)
            lower.append(c.x - r)
            upper.append(c.x + r)
        }
        // Insertion sort by lower bound, ties by index: deterministic and near-linear.
        for k in 1..<max(n, 1) {
            let item = order[k]
            var j = k - 1
            while j >= 0 && precedes(item, order[j]) {
                order[j + 1] = order[j]
                j -= 1
            }
            order[j + 1] = item
        }
        pairs.removeAll(keepingCapacity: true)
        for k in 0..<n {
            let i = Int(order[k])
            var m = k + 1
            while m < n {
                let j = Int(order[m])
                m += 1
                if lower[j] > upper[i] { break }
                if !bodies.isActive(i) && !bodies.isActive(j) && !bodies.mayWake(i, j) { continue }
                let reach = radius[i] + radius[j]
                if lengthSquared(center[i] - center[j]) <= reach * reach {
                    pairs.append(BodyPair(a: Int32(min(i, j)), b: Int32(max(i, j))))
                }
            }
        }
    }

    @inline(__always) func precedes(_ x: Int32, _ y: Int32) -> Bool {
        let lx = lower[Int(x)], ly = lower[Int(y)]
        return lx < ly || (lx == ly && x < y)
    }
}
