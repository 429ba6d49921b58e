import Geometry
import Stage

/// "3D render / studio": the same objects and motion, shown as a product render is, on a
/// seamless light-grey backdrop under a soft, neutral key light from above the camera, with
/// no haze. Only the light and the backdrop change, never the actors.
enum Studio {
    static func adapt(_ frame: FrameInput) -> FrameInput {
        var f = frame
        let key = normalize(Vec3(0.35, 0.85, 0.4))
        f.lighting = Lighting(
            sunDirection: key, sunColor: Vec3(repeating: 2.1), skyZenith: Vec3(repeating: 0.7), skyHorizon: Vec3(repeating: 1.05),
            groundBounce: Vec3(repeating: 0.2), fogDensity: 0, fogColor: Vec3(repeating: 0.78), isNight: false, sunDiscVisible: false)
        f.ground = Ground(surface: Surface(albedo: Vec3(repeating: 0.55), roughness: 0.7))
        return f
    }
}
