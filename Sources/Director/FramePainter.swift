import Camera
import Geometry
import Motion
import Raster
import Stage
import Storyboard

/// Turns a frame of the performance into what the rasterizer draws.
struct FramePainter {
    let scene: Scene
    let performance: Performance
    /// Set dressing never moves: its draw items are made once.
    let dressing: [DrawItem]

    init(scene: Scene, performance: Performance) {
        self.scene = scene
        self.performance = performance
        dressing = scene.dressing.flatMap { actor in
            actor.parts.map { part in
                let p = actor.startPose.compose(part.offset)
                return DrawItem(mesh: part.mesh, worldFromObject: Mat4(translation: p.position, rotation: p.orientation, scale: part.scale), surface: part.surface)
            }
        }
    }

    func items(frame: Int) -> [DrawItem] {
        var items = dressing
        for (index, actor) in scene.actors.enumerated() {
            if let rig = actor.rig, let pose = performance.characters[frame][index] {
                for (part, m) in zip(actor.parts, Skeleton.partTransforms(actor, rig: rig, pose: pose)) {
                    items.append(DrawItem(mesh: part.mesh, worldFromObject: m, surface: part.surface))
                }
            } else {
                let root = performance.poses[frame][index]
                for part in actor.parts {
                    let p = root.compose(part.offset)
                    items.append(DrawItem(mesh: part.mesh, worldFromObject: Mat4(translation: p.position, rotation: p.orientation, scale: part.scale), surface: part.surface))
                }
            }
        }
        return items
    }

    /// Centre and radius of everything the shot should hold, per frame.
    func subjectTrack(fps: Int, subject: String?) -> SubjectTrack {
        var centers: [Vec3] = [], radii: [Float] = []
        let chosen = scene.actors.indices.filter { subject == nil || scene.actors[$0].id == subject }
        for frame in performance.poses.indices {
            var spheres: [(Vec3, Float)] = []
            for i in chosen {
                let actor = scene.actors[i]
                var c = performance.poses[frame][i].position
                var r = actor.shape.boundingRadius
                if actor.rig != nil {
                    c.y += actor.restHeight
                    r = actor.restHeight
                }
                spheres.append((c, r))
            }
            guard !spheres.isEmpty else {
                centers.append(Vec3(0, 1, 0))
                radii.append(2)
                continue
            }
            let centre = spheres.reduce(Vec3.zero) { $0 + $1.0 } / Float(spheres.count)
            centers.append(centre)
            radii.append(spheres.map { length($0.0 - centre) + $0.1 }.max() ?? 1)
        }
        return SubjectTrack(centers: centers, radii: radii, fps: Double(fps))
    }

    /// The camera of every frame: each frame is filmed by the shot whose span holds it.
    func cameras(shots: [Shot], fps: Int, aspect: Float) -> [Camera] {
        let tracks = shots.map { subjectTrack(fps: fps, subject: $0.subject) }
        return performance.poses.indices.map { frame in
            let t = Double(frame) / Double(fps)
            let index = shots.lastIndex { $0.start <= t } ?? 0
            return ShotCamera.camera(for: shots[index], at: t, track: tracks[index], aspect: aspect)
        }
    }
}
