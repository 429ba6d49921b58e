public import Geometry

/// A rectangular sheet of cloth: a grid of particles joined by stretch and bending
/// distance constraints (Ten Minute Physics, "14 · cloth"). SI units.
///
/// ```swift
/// // A 1.5 × 1 m flag hanging from a pole along its left edge.
/// var flag = ClothDef(name: "flag", columns: 30, rows: 30, origin: Vec3(0, 3, 0),
///                     across: Vec3(1.5, 0, 0), down: Vec3(0, -1, 0))
/// flag.pinned = flag.column(0)
/// world.add(flag)
/// ```
public struct ClothDef: Sendable {
    public var name: String
    /// Particles per row and per column, each ≥ 2.
    public var columns: Int
    public var rows: Int
    /// World position of particle (row 0, column 0), metres.
    public var origin: Vec3
    /// World vector from the first to the last column, and from the first to the last row, metres.
    public var across: Vec3
    public var down: Vec3
    /// Mass per area, kg/m² (cotton 0.15–0.3, canvas 0.4, silk 0.05).
    public var arealDensity: Float = 0.2
    /// Compliance of the stretch constraints along rows and columns, m/N; 0 is inextensible.
    public var stretchCompliance: Double = 0
    /// Compliance of the shear constraints across each cell's diagonals, m/N. Woven cloth
    /// shears easily: soft shear lets a flag's free corner droop in calm air instead of
    /// standing out like a plate.
    public var shearCompliance: Double = 1e-3
    /// Compliance of the bending constraints (every second particle along rows and columns),
    /// m/N: larger drapes more softly.
    public var bendCompliance: Double = 1e-3
    /// Particle indices (row × columns + column) held in place.
    public var pinned: [Int] = []
    /// Collision radius of the particles, metres: the cloth keeps this far from the ground and bodies.
    public var thickness: Float = 0.01
    /// Aerodynamic coefficient C of each triangle: force ½ ρ_air C A (w·n)|w·n| n for the
    /// relative wind w and triangle normal n.
    public var aerodynamicCoefficient: Float = 1
    /// Coulomb friction against the ground and bodies.
    public var friction: Float = 0.5

    public init(name: String, columns: Int, rows: Int, origin: Vec3, across: Vec3, down: Vec3) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.origin = origin
        self.across = across
        self.down = down
    }

    /// Index of the particle at (row, column).
    public func index(row: Int, column: Int) -> Int { row * columns + column }

    /// Indices of every particle in a column, e.g. the edge a flag hangs from.
    public func column(_ c: Int) -> [Int] { (0..<rows).map { index(row: $0, column: c) } }

    /// Indices of every particle in a row, e.g. the top edge of a curtain.
    public func row(_ r: Int) -> [Int] { (0..<columns).map { index(row: r, column: $0) } }
}
