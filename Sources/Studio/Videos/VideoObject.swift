import Foundation

/// The OpenAI `Video` object: all 13 keys always present, absent values as JSON null.
struct VideoObject: Encodable, Sendable {
    var record: VideoRecord

    enum Keys: String, CodingKey {
        case id, object, model, status, progress, created_at, completed_at, expires_at, prompt, size, seconds, remixed_from_video_id, error
        case metadata
    }

    struct Failure: Encodable { var code: String; var message: String }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let r = record
        try c.encode(r.id, forKey: .id)
        try c.encode("video", forKey: .object)
        try c.encode(r.model, forKey: .model)
        try c.encode(r.status, forKey: .status)
        try c.encode(r.progress, forKey: .progress)
        try c.encode(r.created_at, forKey: .created_at)
        try c.encode(r.completed_at, forKey: .completed_at)
        try c.encode(r.expires_at, forKey: .expires_at)
        try c.encode(r.prompt, forKey: .prompt)
        try c.encode(r.size, forKey: .size)
        try c.encode(r.seconds, forKey: .seconds)
        try c.encode(r.remixed_from_video_id, forKey: .remixed_from_video_id)
        if let code = r.error_code {
            try c.encode(Failure(code: code, message: r.error_message ?? code), forKey: .error)
        } else {
            try c.encodeNil(forKey: .error)
        }
        if let metadata = r.metadata, let object = try? JSONDecoder().decode([String: String].self, from: Data(metadata.utf8)) {
            try c.encode(object, forKey: .metadata)
        }
    }
}
