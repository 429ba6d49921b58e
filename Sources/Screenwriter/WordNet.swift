public import Foundation

/// Reads the WordNet 3.0 database files (Debian's wordnet-base) directly, to climb
/// hypernyms from a word the lexicon lacks to one it knows ("football" → ball).
public struct WordNet: Sendable {
    public enum PartOfSpeech: String, Sendable { case noun, verb }

    let directory: URL

    /// The database at `directory`, or nil if its files are not there.
    public init?(directory: URL = URL(fileURLWithPath: "/usr/share/wordnet")) {
        guard FileManager.default.isReadableFile(atPath: directory.appendingPathComponent("index.noun").path) else { return nil }
        self.directory = directory
    }

    /// Breadth-first over hypernyms of every sense of `lemma`, nearest first: the first word for
    /// which `accept` returns a value wins; returns it and the chain of words climbed.
    public func climb<T>(_ lemma: String, _ pos: PartOfSpeech, maxDepth: Int = 10, accept: (String) -> T?) -> (T, [String])? {
        guard let index = try? FileHandle(forReadingFrom: directory.appendingPathComponent("index.\(pos.rawValue)")),
              let data = try? FileHandle(forReadingFrom: directory.appendingPathComponent("data.\(pos.rawValue)")) else { return nil }
        defer { try? index.close(); try? data.close() }
        let key = lemma.lowercased().replacingOccurrences(of: " ", with: "_")
        guard let line = Self.findIndexLine(key, in: index) else { return nil }
        let fields = line.split(separator: " ")
        // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        guard fields.count > 4, let synsetCount = Int(fields[2]) else { return nil }
        let offsets = fields.suffix(synsetCount).compactMap { UInt64($0) }
        var frontier: [(UInt64, [String])] = offsets.map { ($0, [key]) }
        var seen = Set<UInt64>()
        for _ in 0..<maxDepth {
            var next: [(UInt64, [String])] = []
            for (offset, chain) in frontier where seen.insert(offset).inserted {
                guard let synset = Self.readSynset(at: offset, in: data) else { continue }
                for word in synset.words where chain.count > 1 || word != key {
                    if let hit = accept(word.replacingOccurrences(of: "_", with: " ")) { return (hit, chain + [word]) }
                }
                let name = synset.words.first ?? "?"
                for h in synset.hypernyms { next.append((h, chain.last == name ? chain : chain + [name])) }
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        return nil
    }

    /// Whether WordNet knows `lemma` as this part of speech.
    public func knows(_ lemma: String, _ pos: PartOfSpeech) -> Bool {
        guard let index = try? FileHandle(forReadingFrom: directory.appendingPathComponent("index.\(pos.rawValue)")) else { return false }
        defer { try? index.close() }
        return Self.findIndexLine(lemma.lowercased(), in: index) != nil
    }

    /// Binary search over the sorted index file by byte offset.
    static func findIndexLine(_ key: String, in file: FileHandle) -> String? {
        guard let size = try? file.seekToEnd() else { return nil }
        var lo: UInt64 = 0, hi = size
        while lo < hi {
            let mid = (lo + hi) / 2
            guard let (start, line) = lineAt(mid, in: file) else { return nil }
            let lemma = line.prefix { $0 != " " }
            if line.hasPrefix("  ") || lemma < key { lo = start + UInt64(line.utf8.count) + 1 } else if lemma == key { return line } else { hi = mid }
        }
        return nil
    }

    /// The whole line containing byte `offset`: its start and text.
    private static func lineAt(_ offset: UInt64, in file: FileHandle) -> (UInt64, String)? {
        // Index lines of very polysemous words run to a few kilobytes ("break": 59 senses).
        let back: UInt64 = min(offset, 16_384)
        try? file.seek(toOffset: offset - back)
        guard let chunk = try? file.read(upToCount: Int(back) + 16_384) else { return nil }
        let bytes = [UInt8](chunk)
        var s = Int(back)
        while s > 0 && bytes[s - 1] != 0x0A { s -= 1 }
        var e = Int(back)
        while e < bytes.count && bytes[e] != 0x0A { e += 1 }
        guard s < e else { return (offset, "") }
        return (offset - back + UInt64(s), String(decoding: bytes[s..<e], as: UTF8.self))
    }

    private static func readSynset(at offset: UInt64, in file: FileHandle) -> (words: [String], hypernyms: [UInt64])? {
        try? file.seek(toOffset: offset)
        guard let chunk = try? file.read(upToCount: 16_384) else { return nil }
        let line = String(decoding: chunk.prefix { $0 != 0x0A }, as: UTF8.self)
        let f = line.split(separator: " ")
        // offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] p_cnt [ptr…] …
        guard f.count > 4, let wordCount = Int(f[3], radix: 16) else { return nil }
        var words: [String] = []
        for k in 0..<wordCount where 4 + 2 * k < f.count { words.append(String(f[4 + 2 * k]).lowercased()) }
        let pIndex = 4 + 2 * wordCount
        guard pIndex < f.count, let pointers = Int(f[pIndex]) else { return (words, []) }
        var hypernyms: [UInt64] = []
        for k in 0..<pointers {
            let base = pIndex + 1 + 4 * k
            guard base + 1 < f.count else { break }
            // Only class hypernyms ("@"): instance links ("@i") lead from named people and places
            // ("Zeppelin" the inventor) to kinds, which is not what a prompt's common noun means.
            if f[base] == "@", let o = UInt64(f[base + 1]) { hypernyms.append(o) }
        }
        return (words, hypernyms)
    }
}
