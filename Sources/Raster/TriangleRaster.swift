/// Scan conversion shared by the colour pass and the shadow pass.
enum TriangleRaster {
    /// Visits every pixel centre of rows `rows` (and columns 0..<width) inside `t`, with the
    /// screen-space barycentric weights of corners 1 and 2 and the interpolated NDC depth.
    /// - Complexity: O(area of the triangle's bounding box within the rows).
    @inline(__always)
    static func scan(_ t: ScreenTriangle, rows: Range<Int>, width: Int, _ visit: (_ x: Int, _ y: Int, _ l1: Float, _ l2: Float, _ z: Float) -> Void) {
        let minY = max(Int((min(t.y0, t.y1, t.y2) - 0.5).rounded(.up)), rows.lowerBound)
        let maxY = min(Int((max(t.y0, t.y1, t.y2) - 0.5).rounded(.down)), rows.upperBound - 1)
        guard minY <= maxY else { return }
        let minX = max(Int((min(t.x0, t.x1, t.x2) - 0.5).rounded(.up)), 0)
        let maxX = min(Int((max(t.x0, t.x1, t.x2) - 0.5).rounded(.down)), width - 1)
        guard minX <= maxX else { return }
        let area = (t.x1 - t.x0) * (t.y2 - t.y0) - (t.x2 - t.x0) * (t.y1 - t.y0)
        guard area != 0 else { return }
        let inv = 1 / area
        // l1 is the weight of corner 1: edge (2→0) function over the area; l2 likewise with edge (0→1).
        let a1 = -(t.y0 - t.y2) * inv
        let a2 = -(t.y1 - t.y0) * inv
        let dz1 = t.z1 - t.z0, dz2 = t.z2 - t.z0
        let px0 = Float(minX) + 0.5
        for y in minY...maxY {
            let py = Float(y) + 0.5
            var l1 = ((t.x0 - t.x2) * (py - t.y2) - (t.y0 - t.y2) * (px0 - t.x2)) * inv
            var l2 = ((t.x1 - t.x0) * (py - t.y0) - (t.y1 - t.y0) * (px0 - t.x0)) * inv
            for x in minX...maxX {
                let l0 = 1 - l1 - l2
                if l0 >= 0 && l1 >= 0 && l2 >= 0 {
                    visit(x, y, l1, l2, t.z0 + l1 * dz1 + l2 * dz2)
                }
                l1 += a1
                l2 += a2
            }
        }
    }
}
