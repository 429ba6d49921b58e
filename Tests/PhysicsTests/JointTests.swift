import Foundation
import Geometry
import Physics
import Storyboard
import Testing

@Suite struct JointTests {
    @Test func distanceJointKeepsTheStringLength() {
        let world = World(WorldDef(hasGround: false))
        let pivot = Vec3(0, 2, 0)
        let bob = world.add(Scenes.ball("bob", radius: 0.05, material: .metal, at: Vec3(1, 2, 0)))
        world.add(.distance(nil, bob, anchorA: pivot, anchorB: Vec3(1, 2, 0)))
        #expect(world.jointCount == 1)
        var worst: Float = 0, lowest: Float = 2
        world.run(seconds: 3) { w in
            let p = w.pose(bob).position
            worst = max(worst, abs(length(p - pivot) - 1))
            lowest = min(lowest, p.y)
        }
        #expect(worst < 1e-3, "string length off by \(worst) m")
        // Released horizontally, the bob swings through the bottom of its arc.
        #expect(abs(lowest - 1) < 2e-3, "lowest point \(lowest) m")
    }

    @Test func chainOfBallJointsHangsDown() {
        // Ten links laid out horizontally from a fixed pivot fall and hang, links staying joined.
        let world = World(WorldDef(hasGround: false))
        let half: Float = 0.05
        let sideways = Quat(angle: .pi / 2, axis: Vec3(0, 0, 1))
        var previous: BodyID? = nil
        var links: [BodyID] = []
        for k in 0..<10 {
            let x = Float(2 * k + 1) * half
            let link = world.add(BodyDef(
                name: "link-\(k)", shape: .capsule(radius: 0.015, halfHeight: half), material: .metal,
                pose: Pose(position: Vec3(x, 3, 0), orientation: sideways)))
            world.add(.ball(previous, link, at: Vec3(x - half, 3, 0)))
            previous = link
            links.append(link)
        }
        var worstGap: Float = 0
        world.run(seconds: 4) { w in
            for k in 1..<links.count {
                let a = w.pose(links[k - 1]), b = w.pose(links[k])
                let gap = length(a.worldFromLocal(Vec3(0, -half, 0)) - b.worldFromLocal(Vec3(0, half, 0)))
                worstGap = max(worstGap, gap)
            }
        }
        // One Gauss–Seidel pass per substep lets the whip at the bottom of the swing stretch the joints slightly.
        #expect(worstGap < 3e-3, "links separated by up to \(worstGap) m")
        let end = world.pose(links[9]).position
        #expect(end.y < 3 - 0.5, "chain end at \(end)")
        #expect(abs(end.z) < 1e-4)
    }

    @Test func hingedDoorTurnsAboutItsAxisWithinLimits() {
        let world = World(WorldDef(hasGround: false))
        let door = world.add(BodyDef(
            name: "door", shape: .box(halfExtents: Vec3(0.45, 1, 0.02)), material: .wood, pose: Pose(position: Vec3(0.45, 1.2, 0))))
        let hingePoint = Vec3(0, 1.2, 0)
        world.add(.hinge(nil, door, at: hingePoint, axis: Vec3(0, 1, 0), limits: 0...1.5))
        world.setVelocity(door, linear: Vec3(0, 0, -1.35), angular: Vec3(0, 3, 0))
        var maxAngle: Float = -.infinity, minAngle: Float = .infinity, worstTilt: Float = 0, worstSlip: Float = 0
        world.run(seconds: 2) { w in
            let pose = w.pose(door)
            let x = pose.orientation.act(Vec3(1, 0, 0))
            let angle = atan2(-x.z, x.x)
            maxAngle = max(maxAngle, angle)
            minAngle = min(minAngle, angle)
            worstTilt = max(worstTilt, 1 - pose.orientation.act(Vec3(0, 1, 0)).y)
            worstSlip = max(worstSlip, length(pose.worldFromLocal(Vec3(-0.45, 0, 0)) - hingePoint))
        }
        #expect(maxAngle > 1.4 && maxAngle < 1.5 + 0.02, "opened to \(maxAngle) rad")
        #expect(minAngle > -0.02, "swung back to \(minAngle) rad")
        #expect(worstTilt < 1e-4, "door tilted: 1 − cos = \(worstTilt)")
        #expect(worstSlip < 1e-3, "hinge slipped \(worstSlip) m")
    }

    @Test func fixedJointWeldsTwoBoxes() {
        let world = World(WorldDef())
        let tilt = Quat(angle: 0.4, axis: Vec3(0.3, 0, 1))
        let a = world.add(Scenes.box("left", half: Vec3(0.1, 0.1, 0.1), at: Vec3(0, 1, 0), orientation: tilt))
        let b = world.add(Scenes.box("right", half: Vec3(0.1, 0.1, 0.1), at: Vec3(0, 1, 0) + tilt.act(Vec3(0.2, 0, 0)), orientation: tilt))
        world.add(.fixed(a, b, at: Vec3(0, 1, 0) + tilt.act(Vec3(0.1, 0, 0))))
        world.run(seconds: 3)
        let pa = world.pose(a), pb = world.pose(b)
        let offset = pa.orientation.conjugate.act(pb.position - pa.position)
        #expect(length(offset - Vec3(0.2, 0, 0)) < 1e-3, "relative offset \(offset)")
        let relative = pa.orientation.conjugate * pb.orientation
        #expect(abs(relative.w) > 1 - 1e-5, "relative rotation \(relative)")
        // The welded pair landed and rests on one face.
        #expect(abs(pa.position.y - 0.1) < 0.005 && abs(pb.position.y - 0.1) < 0.005, "rests at \(pa.position.y), \(pb.position.y)")
    }
}
