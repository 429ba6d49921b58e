import Media
import Testing

struct MemoryFrameSinkTests {
    @Test func countsAndHashesFrames() throws {
        let format = VideoFormat(width: 8, height: 8, fps: 24)
        let a = MemoryFrameSink(format: format, keepingFrames: true)
        let b = MemoryFrameSink(format: format)
        for i in 0..<5 {
            try a.append(Fixtures.movingGradient(format, frame: i))
            try b.append(Fixtures.movingGradient(format, frame: i))
        }
        try a.finish()
        #expect(a.frameCount == 5 && a.isFinished && !a.isCancelled)
        #expect(a.hash == b.hash && a.hash.count == 16)
        #expect(a.frameHashes == b.frameHashes && Set(a.frameHashes).count == 5)
        #expect(a.frames.count == 5 && a.frames[2] == Fixtures.movingGradient(format, frame: 2) && b.frames.isEmpty)
        // One changed byte changes the hash.
        let c = MemoryFrameSink(format: format)
        for i in 0..<5 {
            var f = Fixtures.movingGradient(format, frame: i)
            if i == 4 { f[100] ^= 1 }
            try c.append(f)
        }
        #expect(c.hash != a.hash && c.frameHashes.prefix(4) == a.frameHashes.prefix(4))
        #expect(throws: MediaError.self) { try c.append([0, 1, 2]) }
        c.cancel()
        #expect(c.isCancelled)
        #expect(throws: MediaError.self) { try c.finish() }
    }

    @Test func emptyHashIsTheFNVOffsetBasis() {
        #expect(MemoryFrameSink(format: VideoFormat(width: 2, height: 2, fps: 24)).hash == "cbf29ce484222325")
    }
}
