import Geometry
public import Storyboard

/// The procedural asset kits. Each builds an actor from a cast member; sizes are typical
/// real sizes in metres times the member's scale.
public enum Kit {
    public static func ball(_ m: CastMember) -> Actor {
        let r = 0.11 * m.scale
        let albedo = Palette.vec(m.color)
        let surface = Surface(albedo: albedo, roughness: 0.45, pattern: .segments(count: 6, second: albedo * 0.45 + Vec3(repeating: 0.02)))
        return Actor(
            id: m.id, kind: .ball, label: m.label, material: m.material,
            parts: [Part(name: "ball", mesh: .sphere(radius: r, segments: 28, rings: 18), surface: surface)],
            shape: .sphere(radius: r), startPose: Pose(position: Vec3(m.position.x, r, m.position.z)))
    }

    public static func box(_ m: CastMember) -> Actor {
        let h = Vec3(repeating: 0.2 * m.scale)
        let surface = Surface(albedo: Palette.vec(m.color), roughness: 0.85)
        return Actor(
            id: m.id, kind: .box, label: m.label, material: m.material,
            parts: [Part(name: "box", mesh: .box(halfExtents: h), surface: surface)],
            shape: .box(halfExtents: h), startPose: Pose(position: Vec3(m.position.x, h.y, m.position.z)))
    }

    public static func crate(_ m: CastMember) -> Actor {
        let h = Vec3(repeating: 0.3 * m.scale)
        let surface = Surface(albedo: Palette.vec(m.color), roughness: 0.8, pattern: .planks(plankWidth: 0.15 * m.scale))
        return Actor(
            id: m.id, kind: .crate, label: m.label, material: m.material,
            parts: [Part(name: "crate", mesh: .box(halfExtents: h), surface: surface)],
            shape: .box(halfExtents: h), startPose: Pose(position: Vec3(m.position.x, h.y, m.position.z)))
    }

    /// A wine-style bottle: body, shoulder and neck. Collides as a capsule of the same size.
    public static func bottle(_ m: CastMember) -> Actor {
        let s = m.scale
        let r: Float = 0.04 * s, total: Float = 0.3 * s
        var mesh = Mesh.cylinder(bottomRadius: r, topRadius: r, height: 0.19 * s)
        mesh.append(.cylinder(bottomRadius: r, topRadius: 0.013 * s, height: 0.05 * s), transform: Mat4(translation: Vec3(0, 0.19 * s, 0), rotation: .identity))
        mesh.append(.cylinder(bottomRadius: 0.013 * s, topRadius: 0.013 * s, height: 0.06 * s), transform: Mat4(translation: Vec3(0, 0.24 * s, 0), rotation: .identity))
        let glass = Surface(albedo: Palette.vec(m.color), roughness: 0.08, pattern: .plain)
        let halfHeight = total / 2 - r
        return Actor(
            id: m.id, kind: .bottle, label: m.label, material: m.material,
            parts: [Part(name: "bottle", mesh: mesh, surface: glass, offset: Pose(position: Vec3(0, -total / 2, 0)))],
            shape: .capsule(radius: r, halfHeight: halfHeight), startPose: Pose(position: Vec3(m.position.x, total / 2, m.position.z)))
    }
}
