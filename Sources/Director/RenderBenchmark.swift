import Foundation
import Raster
public import Storyboard
import Stage

/// The rasterizer alone, timed on a fixed scene: what `kinora bench render` reports.
public enum RenderBenchmark {
    /// The "standard" scene: a walking character among 20 props (balls, boxes, crates and
    /// bottles falling and bouncing) in a meadow with trees, sky and sun shadows.
    public static func standardScene(style: Style = .cinematic, seconds: Double = 4) -> Storyboard {
        var cast = [CastMember(id: "man-1", kind: .humanoid, label: "man", color: RGB(0.08, 0.2, 0.5), material: .flesh, position: GroundPoint(x: 0, z: 0.5))]
        var actions = [Action(actor: "man-1", verb: .walk)]
        let kinds: [CastMember.Kind] = [.ball, .box, .crate, .bottle]
        for i in 0..<20 {
            let kind = kinds[i % 4]
            let id = "\(kind.rawValue)-\(i + 1)"
            let x = Float(i % 5) * 0.9 - 1.8, z = Float(i / 5) * 0.9 - 2.2
            cast.append(CastMember(
                id: id, kind: kind, label: kind.rawValue, color: RGB(0.2 + 0.15 * Float(i % 4), 0.3, 0.6 - 0.1 * Float(i % 5)),
                material: kind == .ball ? .rubber : (kind == .bottle ? .glass : .wood), position: GroundPoint(x: x, z: z)))
            actions.append(Action(actor: id, verb: kind == .ball ? .bounce : .fall))
        }
        return Storyboard(
            prompt: "benchmark: a man walks among twenty falling and bouncing props in a meadow", seed: 42, seconds: seconds, style: style,
            setting: Setting(place: .meadow, timeOfDay: .afternoon), cast: cast, actions: actions,
            sound: SoundDesign(ambience: .meadow, music: .none), shots: [Shot(start: 0, end: seconds, framing: .wide, move: .orbit)])
    }

    /// Average wall milliseconds per rendered frame (rasterizer only: no physics, sound or
    /// encoding), over every frame of `board` at `fps`.
    public static func millisecondsPerFrame(_ board: Storyboard, width: Int, height: Int, fps: Int = 24, quality: RenderOptions.Quality) -> Double {
        let scene = Stage.build(board)
        let frames = max(1, Int((board.seconds * Double(fps)).rounded()))
        let performance = Performance.perform(scene: scene, board: board, fps: fps, frames: frames, mouths: [:])
        let painter = FramePainter(scene: scene, performance: performance)
        let aspect = Float(width) / Float(height)
        let cameras = painter.cameras(shots: board.shots, fps: fps, aspect: aspect)
        let inputs = (0..<frames).map { f in
            FrameInput(
                camera: cameras[f], lighting: scene.lighting, ground: scene.ground, items: painter.items(frame: f), style: board.style,
                time: Double(f) / Double(fps), frameIndex: f)
        }
        let renderer = Renderer(width: width, height: height, quality: Director.rasterQuality(quality))
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: width * height * 4, alignment: 64)
        defer { buffer.deallocate() }
        let clock = ContinuousClock()
        let start = clock.now
        for input in inputs { renderer.render(input, into: buffer) }
        let d = clock.now - start
        return (Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18) * 1000 / Double(frames)
    }
}
