import Foundation
import HTTPTypes
import Hummingbird
import Screenwriter
import Storyboard

/// `/v1/videos`: OpenAI's Videos API, as Kinora serves it.
struct VideosController {
    let db: StudioDatabase
    let storage: any MediaStorage
    let configuration: StudioConfiguration

    var videos: VideoStore { VideoStore(db) }
    var queue: JobQueue { JobQueue(db) }

    func register(on group: RouterGroup<StudioContext>) {
        group.post("videos", use: create)
        group.get("videos", use: list)
        group.get("videos/{id}", use: retrieve)
        group.delete("videos/{id}", use: delete)
        group.get("videos/{id}/content", use: content)
        group.post("videos/{id}/remix", use: remix)
    }

    @Sendable func create(_ request: Request, context: StudioContext) async throws -> Response {
        let organization = try context.organization()
        var request = request
        let body = try await Self.collect(&request, limit: configuration.maxUploadBytes)
        let contentType = request.headers[.contentType] ?? ""
        let parsed: CreateVideoRequest
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            let form = try MultipartForm(body: body, contentType: contentType)
            var image: ReferenceImage?
            if let file = form.file {
                guard file.name == "input_reference" else { throw APIError.invalid("Unexpected file field '\(file.name)'.", param: file.name, code: "unknown_parameter") }
                image = try ReferenceImage(data: file.data, declaredType: file.contentType)
            }
            parsed = try CreateVideoRequest(fields: form.fields.mapValues { .text($0) }, file: image, allowPrivateURLs: configuration.allowPrivateImageURLs)
        } else if contentType.lowercased().hasPrefix("application/json") {
            guard case .object(let object)? = try? JSONDecoder().decode(JSONField.self, from: Data(body.readableBytesView)) else {
                throw APIError.invalid("The body is not a JSON object.", param: nil, code: "invalid_json")
            }
            parsed = try CreateVideoRequest(fields: object.mapValues { .json($0) }, file: nil, allowPrivateURLs: configuration.allowPrivateImageURLs)
        } else {
            throw APIError(.unsupportedMediaType, "Send the request as multipart/form-data or application/json.", code: "unsupported_media_type")
        }
        let idempotencyKey = request.headers[HTTPField.Name("Idempotency-Key")!]
        let fingerprint = parsed.fingerprint
        if let idempotencyKey, let existing = try await videos.find(idempotencyKey: idempotencyKey, organization: organization) {
            guard existing.request_hash == fingerprint else {
                throw APIError(.unprocessableContent, "This Idempotency-Key was already used with a different request.", param: "Idempotency-Key", code: "idempotency_key_reused")
            }
            return try respond(existing)
        }
        let board = parsed.makeStoryboard()
        do { try board.validate() } catch { throw APIError.invalid("The storyboard is invalid: \(error)", param: "storyboard") }
        try await Quotas(db).reserve(seconds: Int(parsed.seconds) ?? 0, organization: organization)
        var reference = parsed.inputReference
        if let url = parsed.remoteImage { reference = try await RemoteImage.fetch(url) }
        let record = VideoRecord(
            id: VideoIDs.make(), organization_id: organization, model: parsed.model, status: "queued", progress: 0, created_at: UnixTime.now,
            prompt: parsed.prompt ?? board.prompt, size: parsed.size, seconds: parsed.seconds, storyboard: String(decoding: board.encoded(), as: UTF8.self),
            metadata: parsed.metadata.flatMap { try? String(decoding: JSONEncoder().encode($0), as: UTF8.self) },
            idempotency_key: idempotencyKey, request_hash: fingerprint)
        if let image = reference {
            try await storeReference(image, videoID: record.id)
        }
        try await enqueue(record)
        return try respond(record)
    }

    @Sendable func retrieve(_ request: Request, context: StudioContext) async throws -> Response {
        try respond(try await owned(context))
    }

    @Sendable func list(_ request: Request, context: StudioContext) async throws -> Response {
        let organization = try context.organization()
        let q = request.uri.queryParameters
        let limit: Int
        if let text = q["limit"].map(String.init) {
            guard let n = Int(text), (1...100).contains(n) else { throw APIError.invalid("Invalid 'limit': '\(text)'. It must be a whole number from 1 to 100.", param: "limit") }
            limit = n
        } else {
            limit = 20
        }
        let order = q["order"].map(String.init) ?? "desc"
        guard order == "asc" || order == "desc" else { throw APIError.invalid("Invalid 'order': '\(order)'. Allowed: asc, desc.", param: "order") }
        let after = q["after"].map(String.init)
        if let after, !VideoIDs.isWellFormed(after) { throw APIError.invalid("Invalid 'after': '\(after)' is not a video id.", param: "after") }
        let (page, hasMore) = try await videos.list(organization: organization, after: after, limit: limit, ascending: order == "asc")
        struct Page: Encodable {
            var object = "list"
            var data: [VideoObject]
            var first_id: String?
            var last_id: String?
            var has_more: Bool
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(object, forKey: .object)
                try c.encode(data, forKey: .data)
                try c.encode(first_id, forKey: .first_id)
                try c.encode(last_id, forKey: .last_id)
                try c.encode(has_more, forKey: .has_more)
            }
            enum CodingKeys: String, CodingKey { case object, data, first_id, last_id, has_more }
        }
        return try JSONResponse.make(Page(data: page.map(VideoObject.init), first_id: page.first?.id, last_id: page.last?.id, has_more: hasMore))
    }

    @Sendable func delete(_ request: Request, context: StudioContext) async throws -> Response {
        let video = try await owned(context)
        try await queue.requestCancel(videoID: video.id)
        try await videos.delete(video.id)
        try await storage.delete(prefix: video.id)
        struct Deleted: Encodable { var id: String; var object = "video.deleted"; var deleted = true }
        return try JSONResponse.make(Deleted(id: video.id))
    }

    @Sendable func content(_ request: Request, context: StudioContext) async throws -> Response {
        let video = try await owned(context)
        let variant = request.uri.queryParameters["variant"].map(String.init) ?? "video"
        let files = ["video": ("video.mp4", "video/mp4"), "thumbnail": ("thumbnail.webp", "image/webp"), "spritesheet": ("spritesheet.jpg", "image/jpeg")]
        guard let (name, type) = files[variant] else {
            throw APIError.invalid("Invalid 'variant': '\(variant)'. Allowed: video, thumbnail, spritesheet.", param: "variant")
        }
        guard video.status == "completed" else {
            throw APIError.invalid("Video '\(video.id)' is \(video.status); its content is available once it is completed.", param: "video_id", code: "video_not_ready")
        }
        guard let data = try await storage.get("\(video.id)/\(name)") else {
            throw APIError(.notFound, "The \(variant) of video '\(video.id)' is no longer stored.", param: "variant", code: "content_missing")
        }
        return try ByteRange.respond(data, contentType: type, rangeHeader: request.headers[.range])
    }

    @Sendable func remix(_ request: Request, context: StudioContext) async throws -> Response {
        let source = try await owned(context)
        var request = request
        let body = try await Self.collect(&request, limit: 1 << 20)
        struct Body: Decodable { var prompt: String }
        guard let prompt = (try? JSONDecoder().decode(Body.self, from: Data(body.readableBytesView)))?.prompt else {
            throw APIError.invalid("The body must be a JSON object with a string 'prompt'.", param: "prompt", code: "missing_required_parameter")
        }
        guard !prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, prompt.count <= CreateVideoRequest.maxPromptLength else {
            throw APIError.invalid("'prompt' must be 1 to \(CreateVideoRequest.maxPromptLength) characters.", param: "prompt")
        }
        guard source.status == "completed" else {
            throw APIError.invalid("Video '\(source.id)' is \(source.status); only a completed video can be remixed.", param: "video_id", code: "video_not_ready")
        }
        let original = try Storyboard.decode(Data(source.storyboard.utf8))
        let (board, _) = Screenwriter().remix(original, prompt: prompt)
        do { try board.validate() } catch { throw APIError.invalid("The remixed storyboard is invalid: \(error)", param: "prompt") }
        try await Quotas(db).reserve(seconds: Int(source.seconds) ?? 0, organization: source.organization_id)
        let record = VideoRecord(
            id: VideoIDs.make(), organization_id: source.organization_id, model: source.model, status: "queued", progress: 0, created_at: UnixTime.now,
            prompt: prompt, size: source.size, seconds: source.seconds, remixed_from_video_id: source.id,
            storyboard: String(decoding: board.encoded(), as: UTF8.self), metadata: source.metadata)
        try await enqueue(record)
        return try respond(record)
    }

    // MARK: helpers

    private func enqueue(_ record: VideoRecord) async throws {
        try await videos.insert(record)
        try await queue.enqueue(videoID: record.id, organization: record.organization_id)
    }

    private func storeReference(_ image: ReferenceImage, videoID: String) async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kinora-ref-\(UUID().uuidString)")
        try image.data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try await storage.put(file, key: "\(videoID)/input_reference", contentType: image.contentType)
    }

    private func owned(_ context: StudioContext) async throws -> VideoRecord {
        let organization = try context.organization()
        let id = context.parameters.get("id") ?? ""
        guard VideoIDs.isWellFormed(id), let video = try await videos.get(id, organization: organization) else { throw APIError.notFound(id) }
        return video
    }

    private func respond(_ record: VideoRecord) throws -> Response {
        var response = try JSONResponse.make(VideoObject(record: record))
        if record.status == "queued" || record.status == "in_progress" {
            response.headers[HTTPField.Name("openai-poll-after-ms")!] = "\(configuration.pollAfterMilliseconds)"
        }
        return response
    }

    static func collect(_ request: inout Request, limit: Int) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw APIError(.contentTooLarge, "The request body is \(length) bytes; the maximum is \(limit).", code: "request_too_large")
        }
        do {
            return try await request.collectBody(upTo: limit)
        } catch {
            throw APIError(.contentTooLarge, "The request body is larger than the maximum of \(limit) bytes.", code: "request_too_large")
        }
    }

}
