/// Where the visible mark is at each frame: it rests at one place for a few seconds, fades
/// out, and reappears at another, visiting corners and edges in a seeded order.
struct WatermarkPath: Sendable {
    /// Seconds at each place, and of each fade.
    static let dwell = 2.5
    static let fade = 0.3

    private let places: [(x: Int, y: Int)]
    private let order: [Int]
    private let fps: Double

    init(frame: (width: Int, height: Int), mark: (width: Int, height: Int), fps: Int, seconds: Double, seed: UInt64) {
        let margin = max(4, min(frame.width, frame.height) / 24)
        let left = margin, right = max(margin, frame.width - mark.width - margin)
        // Keep clear of the bottom eighth, where players draw their controls and captions.
        let top = margin, middle = (frame.height - mark.height) / 2, bottom = max(margin, frame.height * 7 / 8 - mark.height)
        places = [(left, top), (right, middle), (left, bottom), (right, top), (left, middle), (right, bottom)]
        self.fps = Double(fps)
        let stops = max(1, Int((seconds / Self.dwell).rounded(.up)))
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var order: [Int] = []
        for _ in 0..<stops {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            var next = Int(state % UInt64(places.count))
            if next == order.last { next = (next + 1) % places.count }
            order.append(next)
        }
        self.order = order
    }

    /// The mark's top-left corner and opacity (0…1) at `frame`.
    func placement(frame: Int) -> (x: Int, y: Int, opacity: Float) {
        let t = Double(frame) / fps
        let stop = min(Int(t / Self.dwell), order.count - 1)
        let local = t - Double(stop) * Self.dwell
        var opacity = 1.0
        if stop > 0 { opacity = min(opacity, local / Self.fade) }
        if stop < order.count - 1 { opacity = min(opacity, (Self.dwell - local) / Self.fade) }
        let place = places[order[stop]]
        return (place.x, place.y, Float(max(0, min(1, opacity))))
    }
}
