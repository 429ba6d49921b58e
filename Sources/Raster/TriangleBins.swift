/// Triangles sorted into horizontal bands of rows, so parallel bands each scan only the
/// triangles that reach them. Storage is kept between frames.
struct TriangleBins {
    private(set) var bands: [[Int32]]
    let rowsPerBand: Int

    init(rows: Int, rowsPerBand: Int) {
        self.rowsPerBand = rowsPerBand
        bands = [[Int32]](repeating: [], count: (rows + rowsPerBand - 1) / rowsPerBand)
    }

    var count: Int { bands.count }

    subscript(band: Int) -> [Int32] { bands[band] }

    /// Files every triangle under each band its screen rows touch.
    mutating func fill(_ triangles: [ScreenTriangle]) {
        for b in bands.indices { bands[b].removeAll(keepingCapacity: true) }
        let height = Float(rowsPerBand), last = bands.count - 1
        for (i, t) in triangles.enumerated() {
            let lo = max(Int(min(t.y0, t.y1, t.y2) / height), 0)
            let hi = min(Int(max(t.y0, t.y1, t.y2) / height), last)
            guard lo <= hi else { continue }
            for b in lo...hi { bands[b].append(Int32(i)) }
        }
    }
}
