import Geometry

/// Anime: two-tone cel shading (in `ShadeJob`), then colours pushed vivid, a deeper blue in
/// the sky, and fine outlines (lighter than the cartoon's ink).
enum Anime {
    static func apply(_ r: Renderer) {
        ColourMap.apply(r) { c in
            let grey = (c * SIMD3(0.3, 0.59, 0.11)).sum()
            let v = SIMD3(repeating: grey) + (c - SIMD3(repeating: grey)) * 1.45
            // Skies (blue over red) go deeper and cleaner, as in painted backgrounds.
            return c.z > c.x * 1.15 ? v * SIMD3(0.85, 0.95, 1.08) : v
        }
        PostProcess.outline(r, ink: 0.45)
    }
}
