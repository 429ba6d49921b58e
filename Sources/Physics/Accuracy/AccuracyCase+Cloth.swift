import Geometry
import Storyboard

extension AccuracyCase {
    /// A 30×30 flag pinned along one edge flies in a 6 m/s wind for 4 s at 24, 30 and 60 fps:
    /// its links stretch by at most 15 % and shorten by at most 10 %, and no particle ever
    /// moves faster than three times the wind (a blow-up shows as a huge speed first). The
    /// largest stretch, about 13 %, is the free edge whipping when the gust first hits;
    /// once flying, links stay within about 7 %.
    public static let clothStability = AccuracyCase(name: "cloth-stability", summary: "30×30 flag in 6 m/s wind for 4 s at 24/30/60 fps: largest link stretch and squeeze, largest particle speed") {
        [24.0, 30, 60].flatMap { fps -> [AccuracyResult] in
            let windSpeed: Float = 6
            let world = World(WorldDef(wind: Vec3(windSpeed * 0.95, 0, windSpeed * 0.3)))
            var def = ClothDef(name: "flag", columns: 30, rows: 30, origin: Vec3(0, 3, 0), across: Vec3(1.5, 0, 0), down: Vec3(0, -1, 0))
            def.pinned = def.column(0)
            let flag = world.add(def)
            let rest = world.clothPositions(flag)
            var last = rest
            var stretch = 0.0, squeeze = 0.0, speed = 0.0
            world.run(seconds: 4, dt: 1 / fps) { w in
                let p = w.clothPositions(flag)
                for i in p.indices {
                    speed = max(speed, Double(length(p[i] - last[i])) * fps)
                    let c = i % def.columns
                    // Links to the left and upper neighbours.
                    for j in [c > 0 ? i - 1 : -1, i >= def.columns ? i - def.columns : -1] where j >= 0 {
                        let l0 = Double(length(rest[i] - rest[j]))
                        let strain = (Double(length(p[i] - p[j])) - l0) / l0
                        stretch = max(stretch, strain)
                        squeeze = max(squeeze, -strain)
                    }
                }
                last = p
            }
            let label = "\(Int(fps)) fps"
            return [
                AccuracyResult("largest link stretch, \(label)", unit: "", measured: stretch, expected: 0, measure: .absolute, tolerance: 0.15),
                AccuracyResult("largest link squeeze, \(label)", unit: "", measured: squeeze, expected: 0, measure: .absolute, tolerance: 0.1),
                AccuracyResult("largest particle speed, \(label)", unit: "m/s", measured: speed, expected: 3 * Double(windSpeed), measure: .atMost, tolerance: 0),
            ]
        }
    }
}
