import Foundation
import HTTPTypes
import Hummingbird

/// Counts this server's responses by status class and by error code, for /metrics.
final class ResponseCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var byClass: [String: Int] = [:]
    private var byError: [String: Int] = [:]

    func record(status: Int, error: String?) {
        lock.withLock {
            byClass["\(status / 100)xx", default: 0] += 1
            if let error { byError[error, default: 0] += 1 }
        }
    }

    var snapshot: (classes: [String: Int], errors: [String: Int]) { lock.withLock { (byClass, byError) } }
}

/// Records every response (and every error turned into one) in a ``ResponseCounter``.
struct CountingMiddleware: RouterMiddleware {
    typealias Context = StudioContext
    let counter: ResponseCounter

    func handle(_ request: Request, context: StudioContext, next: (Request, StudioContext) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            counter.record(status: response.status.code, error: nil)
            return response
        } catch let error as APIError {
            counter.record(status: error.status.code, error: error.code ?? "error")
            throw error
        } catch let error as any HTTPResponseError {
            counter.record(status: error.status.code, error: "http")
            throw error
        } catch {
            counter.record(status: 500, error: "internal")
            throw error
        }
    }
}
