public import Foundation

/// Checks, before any work, that the files a render will write can be written and do not
/// clash: each goes into an existing writable folder, none is a folder, no two are the same.
public enum OutputPaths {
    public static func check(_ options: RenderOptions) throws {
        let named: [(String, URL?)] = [("--output", options.output), ("--thumbnail", options.thumbnail), ("--trace", options.trace)]
        for (flag, url) in named { if let url { try writable(url, flag: flag) } }
        let urls = named.compactMap { $0.1?.standardizedFileURL.path }
        if Set(urls).count != urls.count {
            throw DirectorError("--output, --thumbnail and --trace must name different files")
        }
    }

    /// Checks one more output (e.g. `--storyboard-out`) against the render's own.
    public static func check(_ url: URL, flag: String, others options: RenderOptions) throws {
        try writable(url, flag: flag)
        let taken = [options.output, options.thumbnail, options.trace].compactMap { $0?.standardizedFileURL.path }
        if taken.contains(url.standardizedFileURL.path) {
            throw DirectorError("\(flag) \(url.path): the same file as another output")
        }
    }

    private static func writable(_ url: URL, flag: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
            throw DirectorError("\(flag) \(url.path): is a folder; give a file name")
        }
        let dir = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue, FileManager.default.isWritableFile(atPath: dir.path) else {
            throw DirectorError("\(flag) \(url.path): the folder \(dir.path) does not exist or is not writable")
        }
    }
}
