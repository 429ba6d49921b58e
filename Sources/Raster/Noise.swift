import Geometry

/// Cheap deterministic hash noise for procedural surface detail.
enum Noise {
    @inline(__always) static func hash(_ x: Int32, _ y: Int32) -> Float {
        var h = UInt32(bitPattern: x &* 374_761_393 &+ y &* 668_265_263)
        h = (h ^ (h >> 13)) &* 1_274_126_177
        h ^= h >> 16
        return Float(h & 0xFFFF) / 65535
    }

    /// Smooth value noise in 0…1 with features of size 1.
    @inline(__always) static func value(_ x: Float, _ y: Float) -> Float {
        let fx = FastMath.floor(x), fy = FastMath.floor(y)
        let ix = Int32(truncatingIfNeeded: Int(fx)), iy = Int32(truncatingIfNeeded: Int(fy))
        var tx = x - fx, ty = y - fy
        tx = tx * tx * (3 - 2 * tx)
        ty = ty * ty * (3 - 2 * ty)
        let a = hash(ix, iy), b = hash(ix &+ 1, iy), c = hash(ix, iy &+ 1), d = hash(ix &+ 1, iy &+ 1)
        return (a + (b - a) * tx) + ((c + (d - c) * tx) - (a + (b - a) * tx)) * ty
    }

    /// Two octaves of value noise.
    @inline(__always) static func fbm(_ x: Float, _ y: Float) -> Float {
        value(x, y) * 0.65 + value(x * 2.03 + 17.1, y * 2.03 - 3.7) * 0.35
    }
}
