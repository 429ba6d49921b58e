import Geometry
import Storyboard

/// Colours of the kits, in linear RGB.
enum Palette {
    static let skinTones: [Vec3] = [
        Vec3(0.80, 0.55, 0.42), Vec3(0.68, 0.44, 0.30), Vec3(0.50, 0.31, 0.20), Vec3(0.33, 0.19, 0.11), Vec3(0.20, 0.11, 0.06),
    ]
    static let hairColours: [Vec3] = [
        Vec3(0.03, 0.02, 0.015), Vec3(0.12, 0.06, 0.025), Vec3(0.35, 0.2, 0.08), Vec3(0.6, 0.45, 0.2), Vec3(0.5, 0.5, 0.5),
    ]
    static let trousers: [Vec3] = [Vec3(0.05, 0.08, 0.18), Vec3(0.15, 0.13, 0.1), Vec3(0.04, 0.04, 0.05), Vec3(0.35, 0.3, 0.22)]

    static func vec(_ c: RGB) -> Vec3 { Vec3(c.r, c.g, c.b) }

    static func pick(_ list: [Vec3], _ rng: inout SeededRandom) -> Vec3 {
        list[Int(rng.next() % UInt64(list.count))]
    }
}
