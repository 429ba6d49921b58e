public import Hummingbird
import HTTPTypes
import Foundation

/// An error in OpenAI's shape: `{"error": {"message", "type", "param", "code"}}`.
///
/// Client mistakes are 4xx with `x-should-retry: false`, so SDKs never retry them.
public struct APIError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var message: String
    public var type: String
    public var param: String?
    public var code: String?

    public init(_ status: HTTPResponse.Status, _ message: String, type: String = "invalid_request_error", param: String? = nil, code: String? = nil) {
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
    }

    static func invalid(_ message: String, param: String?, code: String = "invalid_value") -> APIError {
        APIError(.badRequest, message, param: param, code: code)
    }

    static func notFound(_ id: String, param: String? = "video_id") -> APIError {
        APIError(.notFound, "No video found with id '\(id)'.", param: param, code: "not_found")
    }

    struct Body: Encodable {
        struct Inner: Encodable {
            var message: String
            var type: String
            var param: String?
            var code: String?
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(message, forKey: .message)
                try c.encode(type, forKey: .type)
                try c.encode(param, forKey: .param)
                try c.encode(code, forKey: .code)
            }
            enum CodingKeys: String, CodingKey { case message, type, param, code }
        }
        var error: Inner
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONEncoder().encode(Body(error: .init(message: message, type: type, param: param, code: code)))
        var headers: HTTPFields = [.contentType: "application/json"]
        if status.code < 500 { headers[HTTPField.Name("x-should-retry")!] = "false" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
