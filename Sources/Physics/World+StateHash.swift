extension World {
    /// FNV-1a (64-bit) over the bit patterns of every body's position, orientation, linear
    /// and angular velocity (double precision), in body order, then every cloth particle's
    /// position and velocity, then every particle's, plus the time: equal hashes
    /// mean bit-identical state. For golden-hash determinism tests (Box2D's
    /// `test_determinism.c` checks the same way).
    public var stateHash: UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func mix(_ v: Double) {
            var bits = v.bitPattern
            for _ in 0..<8 {
                h = (h ^ (bits & 0xff)) &* 0x100_0000_01b3
                bits >>= 8
            }
        }
        mix(time)
        for i in 0..<bodies.count {
            let x = bodies.position[i], q = bodies.orientation[i]
            let v = bodies.velocity[i], w = bodies.angularVelocity[i]
            mix(x.x); mix(x.y); mix(x.z)
            mix(q.x); mix(q.y); mix(q.z); mix(q.w)
            mix(v.x); mix(v.y); mix(v.z)
            mix(w.x); mix(w.y); mix(w.z)
        }
        for c in cloths {
            for i in c.position.indices {
                let x = c.position[i], v = c.velocity[i]
                mix(x.x); mix(x.y); mix(x.z)
                mix(v.x); mix(v.y); mix(v.z)
            }
        }
        for i in 0..<particles.count {
            mix(Double(particles.x[i])); mix(Double(particles.y[i])); mix(Double(particles.z[i]))
            mix(Double(particles.vx[i])); mix(Double(particles.vy[i])); mix(Double(particles.vz[i]))
        }
        return h
    }
}
