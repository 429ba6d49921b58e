import Geometry
import Physics
import Storyboard
import Testing

@Suite struct ParticleTests {
    /// One particle straight up at `speed` m/s, no drag.
    static func fountain(speed: Float, restitution: Float = 0.3) -> EmitterDef {
        var e = EmitterDef(name: "drop", position: Vec3(0, 0, 0))
        e.spread = 0
        e.speed = speed...speed
        e.lifetime = 10...10
        e.burst = 1
        e.drag = 0
        e.restitution = restitution
        return e
    }

    @Test func particleRisesToVSquaredOverTwoG() {
        let world = World(WorldDef())
        world.add(Self.fountain(speed: 5))
        var apex: Float = 0
        world.run(seconds: 1.2) { w in apex = max(apex, w.particlePositions()[0].y) }
        let expected: Float = 25 / (2 * 9.81)
        #expect(abs(apex - expected) / expected < 0.02, "apex \(apex) m, expected \(expected) m")
    }

    @Test func bounceKeepsRestitutionSquaredOfTheHeight() {
        let world = World(WorldDef())
        world.add(Self.fountain(speed: 5, restitution: 0.5))
        var apexes: [Float] = [], last: Float = 0, rising = true, best: Float = 0
        world.run(seconds: 2.5, dt: 1.0 / 240) { w in
            let y = w.particlePositions()[0].y
            if y > last { rising = true; best = max(best, y) } else if rising && y < last { apexes.append(best); rising = false; best = 0 }
            last = y
        }
        #expect(apexes.count >= 2)
        let ratio = apexes[1] / apexes[0]
        #expect(abs(ratio - 0.25) < 0.02, "second apex / first = \(ratio), expected e² = 0.25")
    }

    @Test func dragLimitsTheFallToTerminalSpeed() {
        let world = World(WorldDef(hasGround: false))
        var e = EmitterDef(name: "ash", position: Vec3(0, 100, 0))
        e.speed = 0...0
        e.lifetime = 10...10
        e.burst = 1
        e.drag = 5
        world.add(e)
        world.run(seconds: 2)
        let y0 = world.particlePositions()[0].y
        world.run(seconds: 1)
        let speed = y0 - world.particlePositions()[0].y
        let terminal = (9.81 / 5 as Float).squareRoot()
        #expect(abs(speed - terminal) / terminal < 0.01, "falls at \(speed) m/s, terminal \(terminal)")
    }

    @Test func emittersHonourBurstRateAndLifetime() {
        let world = World(WorldDef())
        world.add(EmitterDef.splash(at: Vec3(0, 0, 0), speed: 3, count: 150))
        let sparks = world.add(EmitterDef.sparks(at: Vec3(2, 1, 0), duration: 1, rate: 300))
        world.step(1.0 / 60)
        #expect(world.particleCount == 150 + 5)
        world.run(seconds: 0.99)
        // The splash (lifetimes ≤ 1.2 s) is still up; the sparks emitted 300 in their second.
        #expect(world.particleEmitters().filter { $0 == sparks }.count > 100)
        // Everything that landed stayed on or above the ground.
        #expect(world.particlePositions().allSatisfy { $0.y >= 0 })
        world.run(seconds: 2.1)
        #expect(world.particleCount == 0)
    }

    @Test func particlesLandAndSlideToRest() {
        let world = World(WorldDef())
        var e = EmitterDef.sparks(at: Vec3(0, 0.5, 0), duration: 0.1, rate: 500)
        e.lifetime = 5...5
        world.add(e)
        world.run(seconds: 3)
        #expect(world.particleCount == 50)
        let before = world.particlePositions()
        world.run(seconds: 0.5)
        let after = world.particlePositions()
        for (a, b) in zip(before, after) {
            #expect(a.y == 0 && b.y == 0, "particle off the ground at \(b)")
            #expect(length(a - b) < 1e-5, "still sliding: \(a) → \(b)")
        }
        let ages = world.particleAges()
        #expect(ages.allSatisfy { $0 > 0.6 && $0 < 0.8 })
    }
}
