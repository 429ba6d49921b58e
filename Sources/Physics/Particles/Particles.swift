import Geometry

/// Every particle of a world as structure-of-arrays in Float: effects need neither double
/// precision nor per-particle objects, and the integrate loop streams through flat columns.
/// Dead particles are swap-removed, which keeps the columns dense; the order that results
/// is deterministic.
struct Particles {
    var x = ContiguousArray<Float>()
    var y = ContiguousArray<Float>()
    var z = ContiguousArray<Float>()
    var vx = ContiguousArray<Float>()
    var vy = ContiguousArray<Float>()
    var vz = ContiguousArray<Float>()
    /// Seconds lived and seconds to live.
    var age = ContiguousArray<Float>()
    var lifetime = ContiguousArray<Float>()
    /// Index of the emitter that made the particle (its drag, bounce and friction).
    var emitter = ContiguousArray<Int32>()

    var count: Int { x.count }

    mutating func append(_ p: SIMD3<Float>, _ v: SIMD3<Float>, lifetime life: Float, emitter e: Int32) {
        x.append(p.x); y.append(p.y); z.append(p.z)
        vx.append(v.x); vy.append(v.y); vz.append(v.z)
        age.append(0)
        lifetime.append(life)
        emitter.append(e)
    }

    /// Removes every particle whose age reached its lifetime, moving the last one into its slot.
    mutating func removeDead() {
        var i = 0
        while i < count {
            if age[i] < lifetime[i] { i += 1; continue }
            let last = count - 1
            x[i] = x[last]; y[i] = y[last]; z[i] = z[last]
            vx[i] = vx[last]; vy[i] = vy[last]; vz[i] = vz[last]
            age[i] = age[last]; lifetime[i] = lifetime[last]; emitter[i] = emitter[last]
            x.removeLast(); y.removeLast(); z.removeLast()
            vx.removeLast(); vy.removeLast(); vz.removeLast()
            age.removeLast(); lifetime.removeLast(); emitter.removeLast()
        }
    }
}
