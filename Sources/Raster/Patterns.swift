import Foundation
import Geometry
import Stage

/// Procedural surface detail: the albedo of a pattern at a point. `fade` (0…1) removes the
/// finest detail with distance, which would otherwise shimmer from frame to frame.
extension Surface {
    @inline(__always)
    func albedo(world p: Vec3, local l: Vec3, fade: Float) -> Vec3 {
        switch pattern {
        case .plain:
            return albedo
        case .sand:
            let large = Noise.value(p.x * 0.4, p.z * 0.4)
            let ripple = 0.94 + 0.06 * FastMath.sin(p.x * 3.1 + large * 9)
            let grain = fade > 0 ? 1 + (Noise.value(p.x * 40, p.z * 40) - 0.5) * 0.18 * fade : 1
            return albedo * ((0.85 + 0.3 * large) * ripple * grain)
        case .grass:
            let patch = 0.7 + 0.6 * Noise.fbm(p.x * 0.35, p.z * 0.35)
            let blades = fade > 0 ? 1 + (Noise.value(p.x * 55, p.z * 55) - 0.5) * 0.5 * fade : 1
            let tint = Vec3(1, 1 + 0.15 * (Noise.value(p.x * 0.9 + 5, p.z * 0.9) - 0.5), 1)
            return albedo * tint * (patch * blades)
        case .asphalt:
            let grit = fade > 0 ? 1 + (Noise.value(p.x * 60, p.z * 60) - 0.5) * 0.4 * fade : 1
            // A dashed centre line along z.
            let line: Float = abs(p.x) < 0.08 && (p.z * 0.25 - (p.z * 0.25).rounded(.down)) < 0.5 ? 1 : 0
            return mix(albedo * (0.85 + 0.3 * Noise.fbm(p.x * 0.5, p.z * 0.5)) * grit, Vec3(0.7, 0.65, 0.4), line)
        case .stone:
            let u = p.x / 0.8, v = p.z / 0.8 + (Int((p.x / 0.8).rounded(.down)) & 1 == 0 ? 0 : 0.5)
            let fu = u - u.rounded(.down), fv = v - v.rounded(.down)
            let joint: Float = (fu < 0.04 || fv < 0.04) ? 0.45 : 1
            let tone = 0.8 + 0.4 * Noise.hash(Int32(truncatingIfNeeded: Int(u.rounded(.down))), Int32(truncatingIfNeeded: Int(v.rounded(.down))))
            return albedo * (tone * joint * (1 + (Noise.value(p.x * 30, p.z * 30) - 0.5) * 0.2 * fade))
        case .snow:
            return albedo * (0.95 + 0.08 * Noise.fbm(p.x * 0.6, p.z * 0.6))
        case .planks(let width):
            let v = l.y / width
            let fv = v - v.rounded(.down)
            let gap: Float = fv < 0.06 ? 0.5 : 1
            let grain = 0.85 + 0.3 * Noise.value(l.x * 3 + v.rounded(.down) * 7, l.z * 3 + l.y * 40)
            return albedo * (gap * grain)
        case .segments(let count, let second):
            let angle = atan2(l.z, l.x) + .pi
            let band = Int(angle / (2 * .pi) * Float(count))
            return band & 1 == 0 ? albedo : second
        }
    }
}
