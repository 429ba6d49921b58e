/// A video as the database holds it.
struct VideoRecord: Codable, Sendable {
    var id: String
    var organization_id: String
    var model: String
    var status: String
    var progress: Int
    var created_at: Int64
    var completed_at: Int64?
    var expires_at: Int64?
    var prompt: String?
    var size: String
    var seconds: String
    var remixed_from_video_id: String?
    var error_code: String?
    var error_message: String?
    /// The storyboard JSON the job renders; remixes edit it.
    var storyboard: String
    var metadata: String?
    var idempotency_key: String?
    var request_hash: String?

    static let columns = "id, organization_id, model, status, progress, created_at, completed_at, expires_at, prompt, size, seconds, remixed_from_video_id, error_code, error_message, storyboard, metadata, idempotency_key, request_hash"
}
