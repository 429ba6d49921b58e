import Geometry
import Physics
import Storyboard
import Testing

@Suite struct ClothTests {
    /// A 1 m square sheet of 20×20 particles, horizontal at height `y`.
    static func sheet(at y: Float) -> ClothDef {
        ClothDef(name: "sheet", columns: 20, rows: 20, origin: Vec3(-0.5, y, -0.5), across: Vec3(1, 0, 0), down: Vec3(0, 0, 1))
    }

    @Test func sheetDrapesOverABall() {
        let world = World(WorldDef())
        world.add(BodyDef(name: "ball", shape: .sphere(radius: 0.3), material: .plastic, pose: Pose(position: Vec3(0, 0.5, 0)), motion: .static))
        let def = Self.sheet(at: 1)
        let cloth = world.add(def)
        world.run(seconds: 3)
        let p = world.clothPositions(cloth)
        #expect(p.count == 400)
        // Nothing inside the ball, nothing below the ground.
        for q in p {
            #expect(length(q - Vec3(0, 0.5, 0)) > 0.3 + def.thickness - 1e-3, "particle \(q) inside the ball")
            #expect(q.y > def.thickness - 1e-3, "particle \(q) in the ground")
        }
        // The middle rests on top of the ball; the corners hang down its sides.
        let middle = p[def.index(row: 10, column: 10)]
        #expect(abs(middle.y - (0.8 + def.thickness)) < 0.02, "middle at \(middle)")
        #expect(p[0].y < 0.5, "corner at \(p[0])")
    }

    @Test func pinnedParticlesStayAndTheRestHangs() {
        let world = World(WorldDef())
        var def = ClothDef(name: "curtain", columns: 15, rows: 15, origin: Vec3(0, 2, 0), across: Vec3(1, 0, 0), down: Vec3(0, 0, 1))
        def.pinned = def.row(0)
        let cloth = world.add(def)
        let start = world.clothPositions(cloth)
        world.run(seconds: 3)
        let p = world.clothPositions(cloth)
        for i in def.row(0) { #expect(p[i] == start[i]) }
        // Laid out horizontally, the sheet swings down to hang below its rail.
        let bottom = p[def.index(row: 14, column: 7)]
        #expect(bottom.y < 1.2, "free edge at \(bottom)")
    }

    @Test func windBlowsAFlagDownwind() {
        func flagTip(wind: Vec3) -> Vec3 {
            let world = World(WorldDef(wind: wind))
            var def = ClothDef(name: "flag", columns: 12, rows: 8, origin: Vec3(0, 3, 0), across: Vec3(0.9, 0, 0.3), down: Vec3(0, -0.6, 0))
            def.pinned = def.column(0)
            let cloth = world.add(def)
            world.run(seconds: 2)
            return world.clothPositions(cloth)[def.index(row: 4, column: 11)]
        }
        let calm = flagTip(wind: .zero), windy = flagTip(wind: Vec3(0, 0, 8))
        #expect(windy.z > calm.z + 0.3, "tip \(windy) in wind, \(calm) in calm air")
    }

    @Test func clothRunsAreBitIdentical() {
        func run() -> UInt64 {
            let world = World(WorldDef(wind: Vec3(4, 0, 1)))
            var def = Self.sheet(at: 1)
            def.pinned = [0, 19]
            world.add(def)
            world.run(seconds: 1)
            return world.stateHash
        }
        #expect(run() == run())
    }
}
