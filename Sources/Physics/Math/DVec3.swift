import Geometry

/// A point or direction in metres, in double precision, for the solver's state.
///
/// XPBD derives velocity as Δx / h with h ≈ 1 ms. In Float, the difference of two positions
/// near 2 m keeps only about two significant digits of a free-fall substep, so the state is
/// Double (Müller et al. 2020 also simulate in double) and converted to `Vec3` at the API.
/// A plain struct rather than `SIMD3<Double>`: generic SIMD is slow in debug builds, and
/// three scalar lanes gain nothing from vectorization in release.
struct DVec3: Equatable {
    var x: Double, y: Double, z: Double

    @inline(__always) init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x; self.y = y; self.z = z
    }

    @inline(__always) init(_ v: Vec3) { self.init(Double(v.x), Double(v.y), Double(v.z)) }

    static let zero = DVec3(0, 0, 0)
    static let unitY = DVec3(0, 1, 0)

    @inline(__always) var float: Vec3 { Vec3(Float(x), Float(y), Float(z)) }

    @inline(__always) subscript(i: Int) -> Double {
        get { i == 0 ? x : (i == 1 ? y : z) }
        set { if i == 0 { x = newValue } else if i == 1 { y = newValue } else { z = newValue } }
    }

    @inline(__always) static func + (a: DVec3, b: DVec3) -> DVec3 { DVec3(a.x + b.x, a.y + b.y, a.z + b.z) }
    @inline(__always) static func - (a: DVec3, b: DVec3) -> DVec3 { DVec3(a.x - b.x, a.y - b.y, a.z - b.z) }
    /// Component-wise product (used to scale by principal inertia).
    @inline(__always) static func * (a: DVec3, b: DVec3) -> DVec3 { DVec3(a.x * b.x, a.y * b.y, a.z * b.z) }
    @inline(__always) static func * (a: DVec3, s: Double) -> DVec3 { DVec3(a.x * s, a.y * s, a.z * s) }
    @inline(__always) static func * (s: Double, a: DVec3) -> DVec3 { DVec3(a.x * s, a.y * s, a.z * s) }
    @inline(__always) static func / (a: DVec3, s: Double) -> DVec3 { DVec3(a.x / s, a.y / s, a.z / s) }
    @inline(__always) static prefix func - (a: DVec3) -> DVec3 { DVec3(-a.x, -a.y, -a.z) }
    @inline(__always) static func += (a: inout DVec3, b: DVec3) { a = a + b }
    @inline(__always) static func -= (a: inout DVec3, b: DVec3) { a = a - b }
}

@inline(__always) func dot(_ a: DVec3, _ b: DVec3) -> Double { a.x * b.x + a.y * b.y + a.z * b.z }

@inline(__always) func cross(_ a: DVec3, _ b: DVec3) -> DVec3 {
    DVec3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
}

@inline(__always) func lengthSquared(_ a: DVec3) -> Double { dot(a, a) }

@inline(__always) func length(_ a: DVec3) -> Double { dot(a, a).squareRoot() }

/// Unit vector along `a`; the zero vector stays zero instead of becoming NaN.
@inline(__always) func normalize(_ a: DVec3) -> DVec3 {
    let l = length(a)
    return l > 1e-15 ? a / l : .zero
}

@inline(__always) func clamp(_ v: Double, _ lo: Double, _ hi: Double) -> Double { min(max(v, lo), hi) }
