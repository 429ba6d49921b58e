import Geometry
import Physics
import Storyboard

/// Small builders shared by the physics tests.
enum Scenes {
    static func ball(_ name: String = "ball", radius: Float = 0.1, material: Material = .rubber, at p: Vec3, velocity: Vec3 = .zero) -> BodyDef {
        BodyDef(name: name, shape: .sphere(radius: radius), material: material, pose: Pose(position: p), linearVelocity: velocity)
    }

    static func box(_ name: String, half: Vec3, material: Material = .wood, at p: Vec3, orientation: Quat = .identity) -> BodyDef {
        BodyDef(name: name, shape: .box(halfExtents: half), material: material, pose: Pose(position: p, orientation: orientation))
    }
}
