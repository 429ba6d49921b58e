import Foundation
import Geometry
import Motion
import Physics
import Stage
import Storyboard

/// The whole performance, simulated before any frame is drawn: every actor's pose at every
/// video frame, the contacts, and the footsteps. Memory grows with frames × actors only
/// (a few bytes each), never with pixels.
struct Performance {
    /// Root pose of each actor at each frame: `poses[frame][actor]`.
    var poses: [[Pose]]
    /// Characters' joint angles per frame (nil for props).
    var characters: [[HumanoidPose?]]
    var events: [ContactEvent]
    var footsteps: [Footstep]

    struct Footstep {
        var actor: String
        var time: Double
        var left: Bool
        var position: Vec3
    }

    /// Simulates the storyboard. With a `speed` other than 1 (slow motion, time lapse) the world
    /// runs on story time, `speed` × video time; poses are sampled per video frame and event
    /// times are given in video time, so sound stays on the picture.
    static func perform(scene: Scene, board: Storyboard, fps: Int, frames: Int, mouths: [String: LipSync]) -> Performance {
        let speed = board.speed ?? 1
        let world = World(WorldDef(groundMaterial: scene.setting.place.groundMaterial))
        var bodies: [BodyID?] = []
        // Props whose action starts later are held still (not yet simulated) until then.
        var held: [Int: (def: BodyDef, start: Double)] = [:]
        var walks: [Int: Walk] = [:]
        for (index, actor) in scene.actors.enumerated() {
            let action = board.actions.first { $0.actor == actor.id }
            if actor.rig != nil {
                var walk: Walk? = nil
                if let action, action.verb == .walk {
                    let target = action.target.flatMap { scene.actor($0)?.startPose.position }
                    var storyAction = action
                    storyAction.start *= speed
                    storyAction.end = action.end.map { $0 * speed }
                    walk = Walk(actor: actor, action: storyAction, target: target, index: index, videoEnd: board.seconds * speed)
                    walks[index] = walk
                }
                let root = walk?.root(at: 0) ?? actor.startPose
                let centre = Pose(position: root.position + Vec3(0, actor.restHeight, 0), orientation: root.orientation)
                bodies.append(world.add(BodyDef(name: actor.id, shape: actor.shape, material: actor.material, pose: centre, motion: .kinematic)))
            } else {
                let def = Blocking.body(for: actor, action: action, index: index, seed: board.seed)
                if let start = action?.start, start > 0 {
                    held[index] = (def, start)
                    bodies.append(nil)
                } else {
                    bodies.append(world.add(def))
                }
            }
        }
        var poses: [[Pose]] = []
        var characters: [[HumanoidPose?]] = []
        poses.reserveCapacity(frames)
        characters.reserveCapacity(frames)
        var events: [ContactEvent] = []
        var footsteps: [Footstep] = []
        let dt = 1 / Double(fps)
        for frame in 0..<frames {
            let video = Double(frame) * dt
            // Story time: what the world has lived through by this frame.
            let t = video * speed, step = dt * speed
            var framePoses: [Pose] = []
            var frameCharacters: [HumanoidPose?] = []
            // Sorted, so bodies join the world in the same order on every run.
            for index in held.keys.sorted() where held[index]!.start <= video + 1e-9 {
                bodies[index] = world.add(held[index]!.def)
                held[index] = nil
            }
            for (index, actor) in scene.actors.enumerated() {
                guard let rig = actor.rig else {
                    framePoses.append(bodies[index].map { world.pose($0) } ?? held[index]?.def.pose ?? actor.startPose)
                    frameCharacters.append(nil)
                    continue
                }
                var pose = walks[index]?.pose(rig: rig, at: t)
                    ?? Gait.walk(rig: rig, root: actor.startPose, distance: 0, speed: 0, time: t)
                // Speech keeps its own pace, in video time.
                pose.mouthOpen = mouths[actor.id]?.open(at: video) ?? 0
                framePoses.append(pose.root)
                frameCharacters.append(pose)
                // The body's capsule follows the character into the next step, pushing what it meets.
                if let walk = walks[index] {
                    let next = walk.root(at: t + step)
                    let centre = Pose(position: next.position + Vec3(0, actor.restHeight, 0), orientation: next.orientation)
                    world.setKinematic(bodies[index]!, pose: centre, velocity: walk.isWalking(at: t) ? walk.direction * walk.speed : .zero)
                    footsteps += Self.steps(of: actor, rig: rig, walk: walk, from: t, to: t + step).map { f in
                        var f = f
                        f.time /= speed
                        return f
                    }
                }
            }
            poses.append(framePoses)
            characters.append(frameCharacters)
            world.step(step)
            events += world.drainEvents().map { e in
                var e = e
                e.time /= speed
                return e
            }
        }
        // Contacts in the last step can fall after the video's end.
        let end = Double(frames) * dt
        return Performance(poses: poses, characters: characters, events: events.filter { $0.time < end }, footsteps: footsteps.filter { $0.time < end })
    }

    /// Heel strikes between two times, found where the gait phase crosses a strike phase.
    static func steps(of actor: Actor, rig: HumanoidRig, walk: Walk, from t0: Double, to t1: Double) -> [Footstep] {
        guard walk.isWalking(at: t0) else { return [] }
        let stride = Gait.stride(rig: rig, speed: walk.speed)
        let p0 = walk.distance(at: t0) / stride * 2 * .pi, p1 = walk.distance(at: t1) / stride * 2 * .pi
        var out: [Footstep] = []
        for (strike, left) in [(Gait.heelStrike.left, true), (Gait.heelStrike.right, false)] {
            // The first phase value ≥ p0 congruent to `strike`.
            var k = ((p0 - strike) / (2 * .pi)).rounded(.up)
            while strike + k * 2 * .pi < p1 {
                let phase = strike + k * 2 * .pi
                let u = Double((phase - p0) / max(p1 - p0, 1e-6))
                let time = t0 + (t1 - t0) * u
                let root = walk.root(at: time)
                let offset = root.orientation.act(Vec3(left ? -0.1 : 0.1, 0, 0.15) * (rig.height / 1.75))
                out.append(Footstep(actor: actor.id, time: time, left: left, position: root.position + offset))
                k += 1
            }
        }
        return out.sorted { $0.time < $1.time }
    }
}
