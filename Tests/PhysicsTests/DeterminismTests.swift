import Geometry
import Physics
import Storyboard
import Testing

@Suite struct DeterminismTests {
    /// A scene built without libm (no sin/cos), so its numbers are the same on every IEEE
    /// platform: quaternions from explicit components, normalized by square roots only.
    static func scene() -> World {
        let world = World(WorldDef(groundMaterial: .dirt))
        for i in 0..<9 {
            let f = Float(i)
            let q = Quat(x: 0.1 * f, y: 0.3, z: -0.05 * f, w: 1).normalized
            let shape: Shape = [.sphere(radius: 0.12), .box(halfExtents: Vec3(0.15, 0.1, 0.2)), .capsule(radius: 0.06, halfHeight: 0.12)][i % 3]
            world.add(BodyDef(
                name: "body-\(i)", shape: shape, material: [.rubber, .wood, .glass][i % 3],
                pose: Pose(position: Vec3(0.1 * f - 0.4, 0.3 + 0.35 * f, 0.05 * f), orientation: q),
                angularVelocity: Vec3(0, 0.5, 0)))
        }
        return world
    }

    @Test func goldenStateHash() {
        let world = Self.scene()
        world.run(seconds: 1.5)
        // Locks the solver's exact arithmetic: any change to integration, contacts or their
        // order changes this value. Update it deliberately when the physics changes.
        #expect(world.stateHash == Self.golden, "stateHash \(world.stateHash)")
    }

    @Test func stepPartitionDoesNotChangeTheMotion() {
        // 1/60 s in one step and 1/120 s in two give the same 16 substeps of 1/960 s.
        let a = Self.scene(), b = Self.scene()
        for _ in 0..<30 { a.step(1.0 / 60) }
        for _ in 0..<60 { b.step(1.0 / 120) }
        #expect(a.stateHash != 0)
        // Poses agree to float precision even though kinematic drive and broadphase ran at
        // different intervals.
        for i in 0..<a.bodyCount {
            let id = a.body(named: "body-\(i)")!
            #expect(length(a.pose(id).position - b.pose(id).position) < 1e-4)
        }
    }

    static let golden: UInt64 = 12_042_655_486_475_917_754
}
