import Camera
import Foundation
import Geometry
import Raster
import Stage
import Storyboard
import Testing

/// Each style under each light, compared with a reference image of the same scene. A change
/// in the look must be intended: re-record with `KINORA_RECORD_GOLDENS=1 swift test --filter
/// GoldenImageTests`, look at the images, and commit them.
struct GoldenImageTests {
    static let width = 48, height = 80
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    struct Case: Sendable, CustomTestStringConvertible {
        var style: Style
        var time: TimeOfDay
        var testDescription: String { "\(style.rawValue) at \(time.rawValue)" }
        var file: String { "\(style.rawValue)-\(time.rawValue).rgb" }
    }

    static let cases: [Case] = Style.allCases.flatMap { style in [TimeOfDay.noon, .sunset, .night].map { Case(style: style, time: $0) } }

    /// A red ball, a crate and a bottle on sand by the sea, seen at eye level.
    static func render(_ c: Case) -> [UInt8] {
        let lighting = Lighting.of(c.time, weather: .clear)
        let ground = Ground(surface: Surface(albedo: Vec3(0.5, 0.41, 0.29), roughness: 0.95, pattern: .sand), shorelineZ: -6)
        let items = [
            DrawItem(mesh: .sphere(radius: 0.3), worldFromObject: Mat4(translation: Vec3(-0.6, 0.3, 0), rotation: .identity), surface: Surface(albedo: Vec3(0.7, 0.03, 0.02), roughness: 0.45, pattern: .segments(count: 6, second: Vec3(0.3, 0.02, 0.02)))),
            DrawItem(mesh: .box(halfExtents: Vec3(0.3, 0.3, 0.3)), worldFromObject: Mat4(translation: Vec3(0.5, 0.3, -0.4), rotation: Quat(angle: 0.4, axis: Vec3(0, 1, 0))), surface: Surface(albedo: Vec3(0.42, 0.26, 0.12), roughness: 0.8, pattern: .planks(plankWidth: 0.15))),
            DrawItem(mesh: .cylinder(bottomRadius: 0.08, topRadius: 0.08, height: 0.5), worldFromObject: Mat4(translation: Vec3(0.1, 0, 0.5), rotation: .identity), surface: Surface(albedo: Vec3(0.05, 0.25, 0.08), roughness: 0.1)),
        ]
        let camera = Camera(eye: Vec3(0.4, 1.3, 3.5), target: Vec3(0, 0.4, 0), fovY: 50 * .pi / 180)
        let renderer = Renderer(width: width, height: height, quality: .standard)
        var rgba = [UInt8](repeating: 0, count: width * height * 4)
        rgba.withUnsafeMutableBytes { renderer.render(FrameInput(camera: camera, lighting: lighting, ground: ground, items: items, style: c.style, time: 0.5, frameIndex: 12), into: $0) }
        return rgba.enumerated().filter { $0.offset % 4 != 3 }.map(\.element)
    }

    @Test(arguments: cases)
    func matchesItsReference(_ c: Case) throws {
        let image = Self.render(c)
        let url = Self.folder.appendingPathComponent(c.file)
        if ProcessInfo.processInfo.environment["KINORA_RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(image).write(to: url)
            return
        }
        let reference = try [UInt8](Data(contentsOf: url))
        #expect(reference.count == image.count)
        guard reference.count == image.count else { return }
        // Perceptual tolerance: tiny average change, and no visible blotch.
        let differences = zip(image, reference).map { abs(Int($0) - Int($1)) }.sorted()
        let mean = Double(differences.reduce(0, +)) / Double(differences.count)
        let p99 = differences[differences.count * 99 / 100]
        #expect(mean <= 1.5 && p99 <= 24, "\(c.testDescription): mean difference \(mean), 99th percentile \(p99)")
    }
}
