import Geometry
import Storyboard

extension AccuracyCase {
    /// Wood floats and stone sinks. A floating body displaces its own weight (Archimedes),
    /// so a wood ball and a wood board settle at drafts fixed by the density ratio; a stone
    /// ball sinks at the speed where drag balances its weight less buoyancy.
    public static let buoyancy = AccuracyCase(name: "buoyancy", summary: "wood ball and board float at the Archimedes draft; a stone ball sinks at terminal speed") {
        let water = Water(surfaceHeight: 0)
        let rho = Double(water.density), g = 9.81
        let wood = Double(Material.wood.physical.density), stone = Double(Material.stone.physical.density)
        let r = 0.1, board = Vec3(0.2, 0.05, 0.15)
        let world = World(WorldDef(hasGround: false, water: water))
        let ball = world.add(BodyDef(name: "wood-ball", shape: .sphere(radius: Float(r)), material: .wood, pose: Pose(position: Vec3(0, 0.15, 0))))
        let plank = world.add(BodyDef(name: "wood-board", shape: .box(halfExtents: board), material: .wood, pose: Pose(position: Vec3(2, 0.1, 0))))
        let rock = world.add(BodyDef(name: "stone", shape: .sphere(radius: Float(r)), material: .stone, pose: Pose(position: Vec3(-2, -0.5, 0))))
        // Mean drafts over the last two seconds, once the bobbing has died down.
        var ballDraft = 0.0, boardDraft = 0.0, samples = 0.0
        world.run(seconds: 8) { w in
            guard w.time > 6 else { return }
            ballDraft += r - Double(w.pose(ball).position.y)
            boardDraft += Double(board.y) - Double(w.pose(plank).position.y)
            samples += 1
        }
        // Cap depth d with π d² (3r − d) / 3 = (ρ_wood / ρ) · 4/3 π r³, by bisection.
        let target = wood / rho * 4 * r * r * r
        var lo = 0.0, hi = 2 * r
        for _ in 0..<60 {
            let d = (lo + hi) / 2
            if d * d * (3 * r - d) < target { lo = d } else { hi = d }
        }
        // Terminal speed: (ρ_s − ρ) V g = ρ V k v + ½ ρ C_d π r² v².
        let volume = 4.0 / 3 * Double.pi * r * r * r
        let a = 0.5 * rho * Double(water.dragCoefficient) * Double.pi * r * r, b = rho * volume * Double(water.linearDrag)
        let c = (stone - rho) * volume * g
        let terminal = (-b + (b * b + 4 * a * c).squareRoot()) / (2 * a)
        return [
            AccuracyResult("wood ball draft", unit: "m", measured: ballDraft / samples, expected: (lo + hi) / 2, tolerance: 0.02),
            AccuracyResult("wood board draft", unit: "m", measured: boardDraft / samples, expected: wood / rho * 2 * Double(board.y), tolerance: 0.02),
            AccuracyResult("stone sinking speed", unit: "m/s", measured: -Double(world.linearVelocity(rock).y), expected: terminal, tolerance: 0.02),
        ]
    }
}
