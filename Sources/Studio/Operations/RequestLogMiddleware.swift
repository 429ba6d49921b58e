import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Logs each request once it is answered: method, path, status, milliseconds and organization.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = StudioContext
    let logger: Logger

    func handle(_ request: Request, context: StudioContext, next: (Request, StudioContext) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var status = 500
        defer {
            let ms = Double((ContinuousClock.now - started).components.attoseconds) * 1e-15 + Double((ContinuousClock.now - started).components.seconds) * 1000
            logger.info("request", metadata: [
                "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "status": "\(status)",
                "ms": "\(String(format: "%.1f", ms))", "organization": "\(context.identity?.organizationID ?? "-")",
            ])
        }
        do {
            let response = try await next(request, context)
            status = response.status.code
            return response
        } catch let error as any HTTPResponseError {
            status = error.status.code
            throw error
        }
    }
}
