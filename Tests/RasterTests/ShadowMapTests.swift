import Camera
import Geometry
@testable import Raster
import Stage
import Storyboard
import Testing

struct ShadowMapTests {
    /// Under a low sun a resting box's shadow starts right at its foot (no peter-panning) and
    /// the ground on the sunny side stays lit.
    @Test func shadowsTouchTheirCasters() {
        let lighting = Lighting.of(.sunset, weather: .clear)
        let box = DrawItem(mesh: .box(halfExtents: Vec3(0.5, 0.5, 0.5)), worldFromObject: Mat4(translation: Vec3(0, 0.5, 0), rotation: .identity), surface: Surface(albedo: Vec3(0.5, 0.5, 0.5)))
        let renderer = Renderer(width: 64, height: 96, quality: .standard)
        let camera = Camera(eye: Vec3(0, 2, 5), target: Vec3(0, 0.5, 0), fovY: 0.9)
        var out = [UInt8](repeating: 0, count: 64 * 96 * 4)
        out.withUnsafeMutableBytes {
            renderer.render(FrameInput(camera: camera, lighting: lighting, ground: Ground(surface: Surface(albedo: Vec3(0.5, 0.4, 0.3))), items: [box], style: .cinematic, time: 0, frameIndex: 0), into: $0)
        }
        let away = normalize(Vec3(-lighting.sunDirection.x, 0, -lighting.sunDirection.z))
        // 2 cm beyond the box's edge on the shadow side, along the ground.
        let edge = 0.5 / max(abs(away.x), abs(away.z))
        #expect(renderer.shadow.visibility(away * (edge + 0.02), taps: 1, bias: 0) == 0)
        #expect(renderer.shadow.visibility(-away * (edge + 0.3), taps: 1, bias: 0) == 1)
    }
}
