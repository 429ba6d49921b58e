import Geometry

/// Claymation's look (its stepped motion is the Director's: poses advance 12 times a second):
/// matte surfaces (see `ShadeJob.matte`), then a warm, slightly richer grade with soft
/// contrast, as under the tungsten lamps of a model set.
enum Claymation {
    static func grade(_ r: Renderer) {
        ColourMap.apply(r) { c in
            let grey = (c * SIMD3(0.3, 0.59, 0.11)).sum()
            var g = SIMD3(repeating: grey) + (c - SIMD3(repeating: grey)) * 1.25   // richer colour
            g = g * SIMD3(1.04, 1.0, 0.92) + 0.02                                  // warm lamps, lifted blacks
            return SIMD3(repeating: 0.5) + (g - 0.5) * 0.92                        // soft contrast
        }
    }
}
