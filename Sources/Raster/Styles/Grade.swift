import Geometry
import Storyboard

/// Colour grades that make a style on their own: cyberpunk's neon split toning and surreal's
/// dream shift, each with a glow of the brightest parts.
enum Grade {
    static func apply(_ r: Renderer, style: Style) {
        let cyberpunk = style == .cyberpunk
        ColourMap.apply(r) { c in
            let l = (c * SIMD3(0.2126, 0.7152, 0.0722)).sum()
            var v: SIMD3<Float>
            if cyberpunk {
                // Teal in the shadows, magenta in the lights, crushed mid-tones.
                let shadows = SIMD3<Float>(0.0, 0.55, 0.65), lights = SIMD3<Float>(1.0, 0.25, 0.8)
                let tint = shadows + (lights - shadows) * smoothstep(0.15, 0.75, l)
                v = c * 0.6 + tint * (0.07 + l * 0.7)
                v = SIMD3(repeating: 0.35) + (v - 0.35) * 1.25
            } else {
                // Rotate hues a third of the way round and lift everything into a haze.
                v = SIMD3(c.z, c.x, c.y) * 0.7 + c * 0.3
                v = v * 0.85 + 0.12
            }
            // Glow: the brightest parts bleed upwards in value.
            return v + SIMD3(repeating: max(l - 0.75, 0) * 0.6)
        }
    }
}
