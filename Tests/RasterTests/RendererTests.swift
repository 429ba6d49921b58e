import Camera
import Geometry
import Raster
import Stage
import Storyboard
import Testing

struct RendererTests {
    func render(style: Style = .cinematic, time: TimeOfDay = .noon, withBox: Bool = true) -> [UInt8] {
        let lighting = Lighting.of(time, weather: .clear)
        let ground = Ground(surface: Surface(albedo: Vec3(0.2, 0.4, 0.1), pattern: .grass))
        let box = DrawItem(mesh: .box(halfExtents: Vec3(0.5, 0.5, 0.5)), worldFromObject: Mat4(translation: Vec3(0, 0.5, 0), rotation: .identity), surface: Surface(albedo: Vec3(0.8, 0.05, 0.05)))
        let cam = Camera(eye: Vec3(0, 1.2, 4), target: Vec3(0, 0.5, 0), fovY: 0.9)
        let r = Renderer(width: 64, height: 96, quality: .standard)
        var out = [UInt8](repeating: 0, count: 64 * 96 * 4)
        out.withUnsafeMutableBytes { r.render(FrameInput(camera: cam, lighting: lighting, ground: ground, items: withBox ? [box] : [], style: style, time: 0, frameIndex: 0), into: $0) }
        return out
    }

    func pixel(_ img: [UInt8], _ x: Int, _ y: Int) -> SIMD3<Int> {
        let o = (y * 64 + x) * 4
        return SIMD3(Int(img[o]), Int(img[o + 1]), Int(img[o + 2]))
    }

    @Test func skyAboveGroundBelowRedBoxInTheMiddle() {
        let img = render()
        let sky = pixel(img, 32, 2), ground = pixel(img, 32, 93), box = pixel(img, 32, 52)
        #expect(sky.z > sky.x, "sky is blue: \(sky)")
        #expect(ground.y > ground.z && ground.y > ground.x, "grass is green: \(ground)")
        #expect(box.x > 2 * box.y && box.x > 60, "box is red: \(box)")
    }

    @Test func theBoxCastsAShadowOnTheGround() {
        let lit = render(withBox: false), shadowed = render()
        // Compare the ground just around the box: some of it must be darker with the box there.
        var darker = 0
        for y in 60..<96 { for x in 0..<64 where pixel(lit, x, y).y - pixel(shadowed, x, y).y > 25 { darker += 1 } }
        #expect(darker > 20)
    }

    @Test func nightIsDarkerThanNoonAndRenderingIsDeterministic() {
        let noon = render(), night = render(time: .night)
        #expect(noon.reduce(0) { $0 + Int($1) } > night.reduce(0) { $0 + Int($1) } * 3 / 2)
        #expect(render() == noon)
    }

    @Test func noirIsGrey() {
        let img = render(style: .noir)
        for y in stride(from: 0, to: 96, by: 7) { for x in stride(from: 0, to: 64, by: 7) { let p = pixel(img, x, y); #expect(p.x == p.y && p.y == p.z) } }
    }

    /// Every style is deterministic, shows the scene (not a blank or black frame) and is
    /// unmistakably different from the plain cinematic look.
    @Test(arguments: Style.allCases)
    func everyStyleLooksItsOwnWay(_ style: Style) {
        let plain = render(), img = render(style: style)
        #expect(render(style: style) == img)
        var sum = 0, difference = 0
        for i in 0..<img.count where i % 4 != 3 {
            sum += Int(img[i])
            difference += abs(Int(img[i]) - Int(plain[i]))
        }
        let mean = sum / (64 * 96 * 3)
        #expect(mean > 20 && mean < 240, "\(style): mean \(mean)")
        if style != .cinematic {
            #expect(difference / (64 * 96 * 3) >= 4, "\(style) differs from cinematic by only \(difference / (64 * 96 * 3)) levels on average")
        }
    }
}

extension RendererTests {
    /// A still scene filmed by a still camera gives identical frames: nothing shimmers.
    @Test(arguments: Style.allCases.filter { $0 != .noir })  // noir's film grain moves on purpose
    func stillSceneStillCameraIdenticalFrames(_ style: Style) {
        let lighting = Lighting.of(.afternoon, weather: .clear)
        let ground = Ground(surface: Surface(albedo: Vec3(0.1, 0.2, 0.04), pattern: .grass))
        let box = DrawItem(mesh: .sphere(radius: 0.5), worldFromObject: Mat4(translation: Vec3(0, 0.5, 0), rotation: .identity), surface: Surface(albedo: Vec3(0.6, 0.1, 0.1)))
        let cam = Camera(eye: Vec3(0.5, 1.2, 4), target: Vec3(0, 0.5, 0), fovY: 0.9)
        let r = Renderer(width: 72, height: 128, quality: .standard)
        func frame(_ i: Int) -> [UInt8] {
            var out = [UInt8](repeating: 0, count: 72 * 128 * 4)
            out.withUnsafeMutableBytes { r.render(FrameInput(camera: cam, lighting: lighting, ground: ground, items: [box], style: style, time: Double(i) / 24, frameIndex: i), into: $0) }
            return out
        }
        let first = frame(0)
        #expect(frame(1) == first)
        #expect(frame(7) == first)
    }
}
