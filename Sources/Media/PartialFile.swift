import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hidden temporary file next to a final output (`.name.partial-<pid>-<n>.ext`), renamed over the
/// output only when complete so readers never see half-written files.
struct PartialFile {
    let final: URL
    let temporary: URL

    private static let counter = Atomic<Int>(0)

    /// Checks the output's folder exists and names the temporary file; creates nothing.
    init(for final: URL) throws {
        let folder = final.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw MediaError(.io, "output \(final.path): folder \(folder.path) does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw MediaError(.io, "output \(final.path): folder \(folder.path) is not writable")
        }
        let serial = Self.counter.wrappingAdd(1, ordering: .relaxed).newValue
        let pid = ProcessInfo.processInfo.processIdentifier
        let ext = final.pathExtension.isEmpty ? "" : "." + final.pathExtension
        self.final = final
        temporary = folder.appendingPathComponent(".\(final.lastPathComponent).partial-\(pid)-\(serial)\(ext)")
    }

    /// Moves the temporary file over the final one (atomic `rename(2)`); removes it if that fails.
    func commit() throws {
        guard rename(temporary.path, final.path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw MediaError(.io, "output \(final.path): cannot move the finished file into place: \(reason)")
        }
    }

    /// Size of the temporary file in bytes, 0 if missing.
    var temporarySize: Int {
        ((try? FileManager.default.attributesOfItem(atPath: temporary.path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    func discard() {
        try? FileManager.default.removeItem(at: temporary)
    }

    /// Runs ffmpeg to write one image into the temporary file and commits it, or removes it and
    /// throws `noPicture` when ffmpeg fails or exits 0 with an empty image (no frame was decoded).
    func writeImage(ffmpeg: URL, arguments: [String], noPicture: @autoclosure () -> String) throws {
        do {
            _ = try ChildProcess.run(ffmpeg, arguments + [temporary.path])
        } catch {
            discard()
            throw error
        }
        // An empty JPEG is 0 bytes, an empty WebP 8.
        guard temporarySize > 32 else {
            discard()
            throw MediaError(.invalidArgument, noPicture())
        }
        try commit()
    }
}
