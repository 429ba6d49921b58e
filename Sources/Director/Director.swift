import Foundation
import Camera
import Geometry
import Media
import Motion
import Provenance
import Raster
import Sound
public import Storyboard
import Stage

/// Films a storyboard: builds the set, simulates the performance, composes the soundtrack,
/// renders the frames and streams them into the encoder.
///
/// ```swift
/// let result = try Director().render(board, options: RenderOptions(output: url)) { progress in … }
/// ```
public struct Director: Sendable {
    public init() {}

    /// Checks the options before any work is done or any file is created.
    public static func validate(_ options: RenderOptions) throws {
        do {
            try VideoFormat(width: options.width, height: options.height, fps: options.fps).validate()
        } catch {
            throw DirectorError("\(error)")
        }
        _ = try locateFFmpeg()
        try OutputPaths.check(options)
        if let thumb = options.thumbnail, !Thumbnail.extensions.contains(thumb.pathExtension.lowercased()) {
            throw DirectorError("--thumbnail \(thumb.lastPathComponent): the name must end in .webp, .jpg or .jpeg")
        }
    }

    private static func locateFFmpeg() throws -> URL {
        do { return try FFmpegLocator.ffmpeg() } catch { throw DirectorError("\(error)") }
    }

    /// Renders `board` to `options.output`.
    /// - Parameters:
    ///   - parseSeconds: time already spent writing the storyboard, for the timings.
    ///   - isCancelled: polled between frames; when it returns true the render stops, removes
    ///     everything it wrote and throws.
    ///   - progress: called on the rendering thread at every stage and frame.
    public func render(
        _ board: Storyboard, options: RenderOptions, parseSeconds: Double = 0, isCancelled: () -> Bool = { false },
        progress: (RenderProgress) -> Void = { _ in }
    ) throws -> RenderResult {
        try Self.validate(options)
        do { try board.validate() } catch { throw DirectorError("storyboard: \(error)") }
        let clock = ContinuousClock()
        let started = clock.now
        var timings = RenderResult.Timings()
        timings.parse = parseSeconds
        func seconds(since t: ContinuousClock.Instant) -> Double {
            let d = clock.now - t
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }

        progress(RenderProgress(stage: .simulate))
        var t0 = clock.now
        let scene = Stage.build(board)
        let frames = options.frameCount(seconds: board.seconds)
        let fps = Double(options.fps)
        let videoSeconds = Double(frames) / fps
        let speech = try Dialogue.speak(board, scene: scene, videoSeconds: videoSeconds)
        let performance = Performance.perform(scene: scene, board: board, fps: options.fps, frames: frames, mouths: speech.mouths)
        let painter = FramePainter(scene: scene, performance: performance)
        let aspect = Float(options.width) / Float(options.height)
        let cameras = painter.cameras(shots: board.shots.isEmpty ? [Shot(start: 0, end: board.seconds)] : board.shots, fps: options.fps, aspect: aspect)
        let camera = { (t: Double) in cameras[min(max(Int(t * fps), 0), frames - 1)] }
        timings.simulate = seconds(since: t0)

        progress(RenderProgress(stage: .sound))
        t0 = clock.now
        let work = try WorkFolder(beside: options.output)
        defer { work.remove() }
        let audio = work.url.appendingPathComponent("soundtrack.wav")
        let lines = speech.placed(camera: camera, aspect: aspect)
        let soundScene = SoundDesigner.scene(board: board, performance: performance, lines: lines, seconds: videoSeconds, camera: camera, aspect: aspect)
        let report = try Soundtrack.render(soundScene, to: audio)
        timings.sound = seconds(since: t0)

        t0 = clock.now
        let encoder: VideoEncoder
        do {
            encoder = try VideoEncoder(settings: EncodeSettings(
                format: VideoFormat(width: options.width, height: options.height, fps: options.fps), frameCount: frames,
                quality: EncodeQuality(rawValue: options.quality.rawValue) ?? .standard, audio: audio, output: options.output,
                metadata: ["comment": "Made with Kinora (simulation engine), seed \(board.seed)"]))
        } catch {
            throw DirectorError("\(error)")
        }
        let renderer = Renderer(width: options.width, height: options.height, quality: Self.rasterQuality(options.quality))
        let pipeline = FramePipeline(encoder: encoder, frameBytes: options.width * options.height * 4)
        let marks = FrameMarks(board: board, options: options, seconds: videoSeconds)
        let opening = try options.openingImage.map { try OpeningImage($0, width: options.width, height: options.height, fps: options.fps) }
        var renderTime = 0.0
        do {
            // Claymation holds each pose for several frames: 12 poses a second, like stop motion.
            let hold = board.style == .claymation ? max(1, options.fps / 12) : 1
            for frame in 0..<frames {
                if isCancelled() { throw DirectorError("cancelled") }
                if frame % hold != 0 {
                    try pipeline.repeatLast()
                } else {
                    let f0 = clock.now
                    let input = FrameInput(
                        camera: cameras[frame], lighting: scene.lighting, ground: scene.ground, items: painter.items(frame: frame),
                        style: board.style, time: Double(frame) / fps, frameIndex: frame)
                    try pipeline.submit { buffer in
                        renderer.render(input, into: buffer)
                        opening?.blend(into: buffer, index: frame)
                        marks.apply(buffer, index: frame)
                        renderTime += seconds(since: f0)
                    }
                }
                let rate = Double(frame + 1) / max(seconds(since: t0), 1e-6)
                progress(RenderProgress(stage: .render, framesDone: frame + 1, framesTotal: frames, fps: rate, eta: Double(frames - frame - 1) / rate))
            }
            // The trace is written before the video is committed, so a failure leaves neither.
            if let traceURL = options.trace {
                try TraceBuilder.trace(scene: scene, performance: performance, dialogue: speech, cameras: cameras, fps: options.fps, seconds: videoSeconds)
                    .write(to: traceURL)
            }
            try pipeline.finish()
        } catch {
            pipeline.cancel()
            if let traceURL = options.trace { try? FileManager.default.removeItem(at: traceURL) }
            throw (error as? DirectorError) ?? DirectorError("\(error)")
        }
        timings.render = renderTime
        timings.encode = max(seconds(since: t0) - renderTime, 0)

        if let identity = options.provenance.signing {
            do {
                try ContentCredentials.embed(Self.credentials(board, options: options, videoID: marks.videoID, watermark: marks.payload?.hex), into: options.output, identity: identity)
            } catch {
                for url in [options.output, options.trace].compactMap({ $0 }) { try? FileManager.default.removeItem(at: url) }
                throw DirectorError("\(error)")
            }
        }

        if let thumb = options.thumbnail {
            do {
                try Thumbnail.write(from: options.output, at: videoSeconds / 2, to: thumb)
            } catch {
                // All or nothing: without the thumbnail that was asked for, remove what was written.
                for url in [options.output, options.trace].compactMap({ $0 }) { try? FileManager.default.removeItem(at: url) }
                throw DirectorError("\(error)")
            }
        }
        progress(RenderProgress(stage: .finish, framesDone: frames, framesTotal: frames))
        timings.total = seconds(since: started) + parseSeconds
        return RenderResult(
            output: options.output.path, size: "\(options.width)x\(options.height)", width: options.width, height: options.height, fps: options.fps,
            frames: frames, seconds: videoSeconds, seed: board.seed, style: board.style, quality: options.quality,
            thumbnail: options.thumbnail?.path, trace: options.trace?.path, loudnessLUFS: report.integratedLUFS, timings: timings)
    }

    /// What the C2PA manifest says: made by Kinora's simulation engine, for whom, with which seed.
    static func credentials(_ board: Storyboard, options: RenderOptions, videoID: UInt64, watermark: String?) -> CredentialsContent {
        CredentialsContent(
            title: board.prompt.isEmpty ? nil : String(board.prompt.prefix(200)), creator: options.provenance.creator,
            generatorVersion: KinoraVersion.string, sourceType: .algorithmicMedia, watermark: watermark,
            parameters: ["seed": "\(board.seed)", "style": board.style.rawValue, "videoID": String(videoID, radix: 16)])
    }

    static func rasterQuality(_ q: RenderOptions.Quality) -> RasterQuality {
        switch q {
        case .draft: return .draft
        case .standard: return .standard
        case .high: return .high
        }
    }
}
