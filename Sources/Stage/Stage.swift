public import Storyboard
import Geometry

/// Builds the set and the cast of a storyboard.
public enum Stage {
    /// The scene of `board`: a pure function of the storyboard (seeded variation included).
    public static func build(_ board: Storyboard) -> Scene {
        let actors = board.cast.map { member -> Actor in
            switch member.kind {
            case .ball: return Kit.ball(member)
            case .box: return Kit.box(member)
            case .crate: return Kit.crate(member)
            case .bottle: return Kit.bottle(member)
            case .humanoid: return Kit.humanoid(member, seed: board.seed)
            }
        }
        let place = board.setting.place
        return Scene(
            setting: board.setting, ground: ground(of: place), lighting: .of(board.setting.timeOfDay, weather: board.setting.weather),
            actors: actors, dressing: Dressing.build(place, seed: board.seed))
    }

    static func ground(of place: Place) -> Ground {
        switch place {
        case .beach: return Ground(surface: Surface(albedo: Vec3(0.5, 0.41, 0.29), roughness: 0.95, pattern: .sand), shorelineZ: -9)
        case .desert: return Ground(surface: Surface(albedo: Vec3(0.55, 0.36, 0.22), roughness: 0.95, pattern: .sand))
        case .meadow, .park: return Ground(surface: Surface(albedo: Vec3(0.09, 0.2, 0.035), roughness: 0.95, pattern: .grass))
        case .street: return Ground(surface: Surface(albedo: Vec3(0.09, 0.09, 0.1), roughness: 0.9, pattern: .asphalt))
        case .courtyard: return Ground(surface: Surface(albedo: Vec3(0.3, 0.28, 0.25), roughness: 0.85, pattern: .stone))
        case .snowfield: return Ground(surface: Surface(albedo: Vec3(0.85, 0.88, 0.92), roughness: 0.7, pattern: .snow))
        case .studio: return Ground(surface: Surface(albedo: Vec3(0.5, 0.5, 0.52), roughness: 0.6))
        }
    }
}
