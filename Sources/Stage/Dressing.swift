import Geometry
import Storyboard

/// Static set dressing that gives each place its silhouette and depth: rocks on a beach,
/// trees in a meadow, buildings along a street. Placed behind the action, varied by seed.
enum Dressing {
    static func build(_ place: Place, seed: UInt64) -> [Actor] {
        var rng = SeededRandom(seed: seed, stream: "dressing")
        var out: [Actor] = []
        func add(_ name: String, _ parts: [Part], at p: Vec3, yaw: Float = 0) {
            out.append(Actor(
                id: "\(name)-\(out.count + 1)", kind: .box, label: name, material: .stone, parts: parts,
                shape: .sphere(radius: 0.5), startPose: Pose(position: p, orientation: Quat(angle: yaw, axis: Vec3(0, 1, 0)))))
        }
        switch place {
        case .beach, .desert:
            let colour = place == .beach ? Vec3(0.3, 0.27, 0.24) : Vec3(0.5, 0.3, 0.18)
            for _ in 0..<7 {
                let r = rng.uniform(0.3, 1.2)
                let side: Float = rng.unit() < 0.5 ? -1 : 1
                let p = Vec3(side * rng.uniform(4, 14), r * 0.3, rng.uniform(-8.5, -2))
                add("rock", [Part(name: "rock", mesh: .sphere(radius: r, segments: 10, rings: 7), surface: Surface(albedo: colour, roughness: 0.9), scale: Vec3(1.3, 0.7, 1))], at: p, yaw: rng.uniform(0, 6.28))
            }
        case .meadow, .park, .snowfield:
            let snowy = place == .snowfield
            for _ in 0..<14 {
                let side: Float = rng.unit() < 0.5 ? -1 : 1
                let p = Vec3(side * rng.uniform(3.5, 22), 0, rng.uniform(-30, -4))
                let height = rng.uniform(3, 6.5)
                let trunk = Part(name: "trunk", mesh: .cylinder(bottomRadius: 0.16, topRadius: 0.1, height: height * 0.5, segments: 8), surface: Surface(albedo: Vec3(0.16, 0.1, 0.06), roughness: 0.9))
                let leaves: Part = snowy
                    ? Part(name: "crown", mesh: .cylinder(bottomRadius: height * 0.3, topRadius: 0, height: height * 0.75, segments: 10), surface: Surface(albedo: Vec3(0.05, 0.14, 0.08), roughness: 0.9), offset: Pose(position: Vec3(0, height * 0.25, 0)))
                    : Part(name: "crown", mesh: .sphere(radius: height * 0.28, segments: 12, rings: 9), surface: Surface(albedo: Vec3(0.07, 0.2, 0.04) * rng.uniform(0.8, 1.2), roughness: 0.9), offset: Pose(position: Vec3(0, height * 0.68, 0)), scale: Vec3(1, 1.15, 1))
                add("tree", [trunk, leaves], at: p)
            }
        case .street, .courtyard:
            for i in 0..<10 {
                let side: Float = i % 2 == 0 ? -1 : 1
                let w = rng.uniform(4, 7), d = rng.uniform(5, 8), hgt = place == .street ? rng.uniform(8, 22) : rng.uniform(5, 8)
                let z = -Float(i / 2) * 9 - 4
                let x = side * (place == .street ? 9 + w / 2 : 7 + w / 2)
                let tone = rng.uniform(0.18, 0.42)
                let wall = Surface(albedo: Vec3(tone, tone * 0.92, tone * 0.85), roughness: 0.85)
                add("building", [Part(name: "building", mesh: .box(halfExtents: Vec3(w / 2, hgt / 2, d / 2)), surface: wall)], at: Vec3(x, hgt / 2, z))
            }
        case .studio:
            break
        }
        return out
    }
}
