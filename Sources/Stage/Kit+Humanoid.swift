import Geometry
public import Storyboard

extension Kit {
    /// A stylised person: capsule limbs on a `HumanoidRig`, the cast colour on the shirt,
    /// skin, hair and trousers varied by seed. Faces +z.
    public static func humanoid(_ m: CastMember, seed: UInt64) -> Actor {
        var rng = SeededRandom(seed: seed, stream: "humanoid:" + m.id)
        let h = 1.75 * m.scale
        let rig = HumanoidRig(height: h)
        let skin = Surface(albedo: Palette.pick(Palette.skinTones, &rng), roughness: 0.55)
        let hair = Surface(albedo: Palette.pick(Palette.hairColours, &rng), roughness: 0.7)
        let shirt = Surface(albedo: Palette.vec(m.color), roughness: 0.8)
        let trousers = Surface(albedo: Palette.pick(Palette.trousers, &rng), roughness: 0.85)
        let shoes = Surface(albedo: Vec3(0.03, 0.025, 0.02), roughness: 0.5)
        let dark = Surface(albedo: Vec3(0.02, 0.01, 0.01), roughness: 0.4)
        typealias B = HumanoidRig.Bone
        func at(_ y: Float, _ x: Float = 0, _ z: Float = 0) -> Pose { Pose(position: Vec3(x * h, y * h, z * h)) }
        func limb(_ r: Float, _ hh: Float) -> Mesh { .capsule(radius: r * h, halfHeight: hh * h, segments: 12, rings: 8) }
        var parts: [Part] = [
            Part(name: "hips", mesh: limb(0.06, 0.03), surface: trousers, bone: B.pelvis.rawValue, offset: at(0.01), scale: Vec3(1.5, 1, 1)),
            Part(name: "torso", mesh: limb(0.085, 0.09), surface: shirt, bone: B.spine.rawValue, offset: at(0.16), scale: Vec3(1.15, 1, 0.7)),
            Part(name: "neck", mesh: limb(0.022, 0.02), surface: skin, bone: B.spine.rawValue, offset: at(0.285)),
            Part(name: "head", mesh: .sphere(radius: 0.062 * h, segments: 20, rings: 14), surface: skin, bone: B.head.rawValue, offset: at(0.07), scale: Vec3(0.92, 1.1, 1)),
            Part(name: "hair", mesh: .sphere(radius: 0.064 * h, segments: 20, rings: 14), surface: hair, bone: B.head.rawValue, offset: at(0.09, 0, -0.008), scale: Vec3(0.95, 0.9, 0.98)),
            Part(name: "eyeL", mesh: .sphere(radius: 0.008 * h, segments: 8, rings: 6), surface: dark, bone: B.head.rawValue, offset: at(0.08, -0.022, 0.055)),
            Part(name: "eyeR", mesh: .sphere(radius: 0.008 * h, segments: 8, rings: 6), surface: dark, bone: B.head.rawValue, offset: at(0.08, 0.022, 0.055)),
            Part(name: "mouth", mesh: .box(halfExtents: Vec3(0.016, 0.004, 0.004) * h), surface: dark, bone: B.jaw.rawValue, offset: at(0, 0, 0.004)),
        ]
        for side in [(B.upperArmL, B.lowerArmL, B.thighL, B.shinL, B.footL), (B.upperArmR, B.lowerArmR, B.thighR, B.shinR, B.footR)] {
            parts += [
                Part(name: "upperArm", mesh: limb(0.028, 0.06), surface: shirt, bone: side.0.rawValue, offset: at(-0.085)),
                Part(name: "lowerArm", mesh: limb(0.023, 0.06), surface: skin, bone: side.1.rawValue, offset: at(-0.075)),
                Part(name: "hand", mesh: .sphere(radius: 0.027 * h, segments: 10, rings: 8), surface: skin, bone: side.1.rawValue, offset: at(-0.16)),
                Part(name: "thigh", mesh: limb(0.045, 0.08), surface: trousers, bone: side.2.rawValue, offset: at(-0.12)),
                Part(name: "shin", mesh: limb(0.035, 0.085), surface: trousers, bone: side.3.rawValue, offset: at(-0.12)),
                Part(name: "foot", mesh: .box(halfExtents: Vec3(0.028, 0.015, 0.06) * h), surface: shoes, bone: side.4.rawValue, offset: at(-0.015, 0, 0.025)),
            ]
        }
        // The collision capsule stands from the ground to the top of the head.
        let radius = 0.15 * h
        return Actor(
            id: m.id, kind: .humanoid, label: m.label, material: .flesh, parts: parts,
            shape: .capsule(radius: radius, halfHeight: h / 2 - radius),
            startPose: Pose(position: Vec3(m.position.x, 0, m.position.z)), rig: rig)
    }
}
