import Foundation
import Hummingbird

/// HTTP range requests (RFC 9110 §14) over a stored file: one `bytes=` range → 206 with
/// Content-Range; none → 200; one that cannot be satisfied → 416.
enum ByteRange {
    static func respond(_ data: Data, contentType: String, rangeHeader: String?) throws -> Response {
        var headers: HTTPFields = [.contentType: contentType, .acceptRanges: "bytes"]
        guard let header = rangeHeader else {
            headers[.contentLength] = "\(data.count)"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        guard let range = parse(header, length: data.count) else {
            headers[.contentRange] = "bytes */\(data.count)"
            return Response(status: .rangeNotSatisfiable, headers: headers)
        }
        headers[.contentRange] = "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(data.count)"
        headers[.contentLength] = "\(range.count)"
        return Response(status: .partialContent, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data[range])))
    }

    /// `bytes=a-b`, `bytes=a-` or `bytes=-n`; several ranges are answered with the first.
    static func parse(_ header: String, length: Int) -> Range<Int>? {
        guard header.hasPrefix("bytes="), let spec = header.dropFirst(6).split(separator: ",").first else { return nil }
        let parts = spec.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, length > 0 else { return nil }
        if parts[0].isEmpty {
            guard let n = Int(parts[1]), n > 0 else { return nil }
            return max(0, length - n)..<length
        }
        guard let start = Int(parts[0]), start < length else { return nil }
        let end = parts[1].isEmpty ? length - 1 : min(Int(parts[1]) ?? -1, length - 1)
        guard end >= start else { return nil }
        return start..<(end + 1)
    }
}
