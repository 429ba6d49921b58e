import Foundation

/// Moves `source` over `destination` in one step (POSIX rename), so readers see the old
/// file or the new one, never a mix; works whether or not `destination` exists.
func atomicReplace(_ destination: URL, with source: URL) throws(ProvenanceError) {
    guard rename(source.path, destination.path) == 0 else {
        throw ProvenanceError("cannot move \(source.lastPathComponent) to \(destination.path): \(String(cString: strerror(errno)))")
    }
}
