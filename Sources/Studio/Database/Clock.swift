import Foundation

/// Unix seconds, the unit of every time the studio stores and the API shows.
enum UnixTime {
    static var now: Int64 { Int64(Date().timeIntervalSince1970) }
}
