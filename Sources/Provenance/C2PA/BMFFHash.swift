import Foundation
import Crypto
import Media

/// The hard binding of credentials to an MP4 (C2PA `c2pa.hash.bmff.v3`): SHA-256 over every
/// top-level box that is not excluded, each preceded by its file offset as a big-endian u64,
/// so moving or removing a box breaks the hash as surely as changing a byte.
struct BMFFHash {
    /// A top-level box left out of the hash; with `data`, only boxes holding those bytes at those offsets.
    struct Exclusion: Sendable {
        var xpath: String
        var data: [(offset: Int, value: [UInt8])] = []

        var cbor: CBOR {
            var map: [(CBOR, CBOR)] = [(.text("xpath"), .text(xpath))]
            if !data.isEmpty {
                map.append((.text("data"), .array(data.map { .map([(.text("offset"), .int($0.offset)), (.text("value"), .bytes($0.value))]) })))
            }
            return .map(map)
        }

        init(xpath: String, data: [(offset: Int, value: [UInt8])] = []) {
            self.xpath = xpath
            self.data = data
        }

        init(_ item: CBOR) throws(ProvenanceError) {
            guard let xpath = item["xpath"]?.textValue else { throw ProvenanceError("bmff hash: an exclusion has no xpath") }
            guard item["subset"] == nil, item["length"] == nil, item["version"] == nil, item["flags"] == nil else {
                throw ProvenanceError("bmff hash: exclusion \(xpath) uses subset/length/version/flags, which this verifier does not support")
            }
            guard xpath.split(separator: "/").count == 1 else {
                throw ProvenanceError("bmff hash: exclusion \(xpath) is not a top-level box, which this verifier does not support")
            }
            self.xpath = xpath
            for entry in item["data"]?.arrayValue ?? [] {
                guard let offset = entry["offset"]?.intValue, let value = entry["value"]?.bytesValue else {
                    throw ProvenanceError("bmff hash: exclusion \(xpath) has malformed data")
                }
                data.append((offset, value))
            }
        }
    }

    /// C2PA's mandatory exclusions (§A.5.6): the manifest's own box, `ftyp` and `mfra`.
    static let mandatoryExclusions = [
        Exclusion(xpath: "/uuid", data: [(8, C2PALabels.boxUUID)]),
        Exclusion(xpath: "/ftyp"),
        Exclusion(xpath: "/mfra"),
    ]

    /// Hashes `url` as it is on disk, streaming it in 1 MiB reads.
    static func compute(_ url: URL, exclusions: [Exclusion]) throws -> [UInt8] {
        let boxes = try MP4Boxes.topLevel(url)
        let file = try FileHandle(forReadingFrom: url)
        defer { try? file.close() }
        var hasher = SHA256()
        for box in boxes where try !excluded(box, by: exclusions, file: file) {
            hasher.update(data: CBOR.bigEndian(UInt64(box.offset), 8))
            try file.seek(toOffset: UInt64(box.offset))
            var left = box.size
            while left > 0 {
                guard let chunk = try file.read(upToCount: min(left, 1 << 20)), !chunk.isEmpty else {
                    throw ProvenanceError("\(url.lastPathComponent): ends inside box '\(box.type)'")
                }
                hasher.update(data: chunk)
                left -= chunk.count
            }
        }
        return Array(hasher.finalize())
    }

    private static func excluded(_ box: MP4Box, by exclusions: [Exclusion], file: FileHandle) throws -> Bool {
        for exclusion in exclusions where exclusion.xpath == "/" + box.type {
            var matches = true
            for (offset, value) in exclusion.data {
                guard offset + value.count <= box.size else { matches = false; break }
                try file.seek(toOffset: UInt64(box.offset + offset))
                if [UInt8](try file.read(upToCount: value.count) ?? Data()) != value { matches = false; break }
            }
            if matches { return true }
        }
        return false
    }
}
