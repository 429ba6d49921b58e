import Foundation
import Geometry
import Physics
import Storyboard
import Testing

@Suite struct BounceTests {
    /// Restitution of a rubber ball on the default concrete ground, as the world combines it.
    let e = Double(MaterialProperties.combine(Material.rubber.physical, Material.concrete.physical).restitution)
    let g = 9.81
    let r: Float = 0.1

    @Test func contactEventTimesMatchAnalyticBounces() {
        let world = World(WorldDef())
        world.add(Scenes.ball("ball-1", radius: r, at: Vec3(0, 2 + r, 0)))
        world.run(seconds: 10)
        let events = world.drainEvents()
        var t = (2 * 2 / g).squareRoot()
        var v = g * t
        for (k, event) in events.prefix(8).enumerated() {
            #expect(abs(event.time - t) < 0.001, "bounce \(k + 1) at \(event.time) s, expected \(t) s")
            #expect(abs(Double(event.normalSpeed) - v) / v < 0.01, "bounce \(k + 1) speed \(event.normalSpeed) m/s, expected \(v)")
            // Impulse of a bounce: m (1 + e) v.
            let m = Double(Material.rubber.physical.density) * 4 / 3 * .pi * 0.001
            #expect(abs(Double(event.impulse) - m * (1 + e) * v) / (m * (1 + e) * v) < 0.02, "impulse \(event.impulse) N·s")
            #expect(event.a == "ball-1" && event.b == "ground")
            #expect(event.materials == [.rubber, .concrete])
            v *= e
            t += 2 * v / g
        }
        // One event per bounce while the ball bounces (approach above 0.2 m/s), one for the
        // final landing, and none while it rests.
        let v1 = (2 * g * 2).squareRoot()
        let bounces = Int(floor(log(0.2 / v1) / log(e))) + 1
        #expect(events.count == bounces + 1, "\(events.count) events, expected \(bounces + 1)")
        #expect(events.map(\.time) == events.map(\.time).sorted())
    }

    @Test func sandSoaksUpBounce() {
        let pair = MaterialProperties.combine(Material.rubber.physical, Material.sand.physical)
        #expect(abs(pair.restitution - 0.6) < 0.01)
        let world = World(WorldDef(groundMaterial: .sand))
        let ball = world.add(Scenes.ball(radius: r, at: Vec3(0, 1 + r, 0)))
        var apex: Float = 0, landed = false
        world.run(seconds: 1.5, dt: 1.0 / 240) { w in
            let y = w.pose(ball).position.y - r
            if w.linearVelocity(ball).y > 0 { landed = true }
            if landed { apex = max(apex, y) }
        }
        #expect(abs(apex - 0.36) < 0.36 * 0.02, "apex on sand \(apex) m, expected 0.36 m (e = 0.6)")
    }

    @Test func restingBallEmitsNoMoreEvents() {
        let world = World(WorldDef())
        world.add(Scenes.ball(radius: r, at: Vec3(0, 0.3 + r, 0)))
        world.run(seconds: 3)
        _ = world.drainEvents()
        world.run(seconds: 3)
        #expect(world.drainEvents().isEmpty)
    }
}
