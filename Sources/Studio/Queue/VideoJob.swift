import Director
import Foundation
import Media
import Provenance
import Storyboard

/// One video's render: its storyboard and options, the files it makes, where they are stored.
struct VideoJob: Sendable {
    let videoID: String
    let board: Storyboard
    var options: RenderOptions
    let folder: URL

    var video: URL { folder.appendingPathComponent("video.mp4") }
    var thumbnail: URL { folder.appendingPathComponent("thumbnail.webp") }
    var spritesheet: URL { folder.appendingPathComponent("spritesheet.jpg") }

    init(video: VideoRecord, folder: URL, signing: SigningIdentity?) throws {
        videoID = video.id
        self.folder = folder
        do { board = try Storyboard.decode(Data(video.storyboard.utf8)) } catch { throw StudioError("stored storyboard: \(error)") }
        guard let size = VideoSize(video.size) else { throw StudioError("stored size \(video.size) is not WxH") }
        var options = RenderOptions(width: size.width, height: size.height, fps: 24, quality: VideoModels.quality(of: video.model),
                                    output: folder.appendingPathComponent("video.mp4"), thumbnail: folder.appendingPathComponent("thumbnail.webp"))
        options.provenance = ProvenanceOptions(creator: nil, signing: signing, videoID: VideoJob.watermarkID(video.id))
        self.options = options
    }

    /// Renders on a thread of its own (the engine is synchronous and CPU-bound), reporting progress.
    func render(control: RenderControl) async -> Result<Void, any Error> {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                defer { control.finish() }
                do {
                    _ = try Director().render(board, options: options, isCancelled: { control.isCancelled }) { p in
                        switch p.stage {
                        case .simulate: control.report(2)
                        case .sound: control.report(6)
                        case .render:
                            control.report(8 + 88 * p.framesDone / max(p.framesTotal, 1))
                            if p.fps > 0 { control.report(fps: p.fps) }
                        case .finish: control.report(97)
                        }
                    }
                    try Spritesheet.write(from: video, to: spritesheet)
                    continuation.resume(returning: .success(()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Fetches the request's `input_reference`, if it had one, for the video to open on.
    mutating func fetchReference(from storage: any MediaStorage) async throws {
        guard let data = try await storage.get("\(videoID)/input_reference") else { return }
        let url = folder.appendingPathComponent("input_reference")
        try data.write(to: url)
        options.openingImage = url
    }

    func store(in storage: any MediaStorage) async throws {
        try await storage.put(video, key: "\(videoID)/video.mp4", contentType: "video/mp4")
        try await storage.put(thumbnail, key: "\(videoID)/thumbnail.webp", contentType: "image/webp")
        try await storage.put(spritesheet, key: "\(videoID)/spritesheet.jpg", contentType: "image/jpeg")
    }

    /// The invisible watermark's 40-bit video id, from the video's random part.
    static func watermarkID(_ id: String) -> UInt64 {
        UInt64(id.suffix(10), radix: 16) ?? 0
    }
}
