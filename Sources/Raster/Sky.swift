import Foundation
import Geometry
import Stage

/// The sky's radiance in a direction: a zenith-to-horizon gradient, the sun's disc and glow
/// by day, the moon and stars by night.
extension Lighting {
    @inline(__always)
    func sky(_ d: Vec3) -> Vec3 {
        let up = max(d.y, 0)
        var c = mix(skyHorizon, skyZenith, up.squareRoot())
        let cosSun = dot(d, sunDirection)
        if isNight {
            if cosSun > 0.9996 { return Vec3(1.6, 1.6, 1.5) }
            // Stars: sparse bright cells on a grid over the sky dome.
            if d.y > 0.05 {
                let sx = Int32(truncatingIfNeeded: Int((d.x / (d.y + 0.3)) * 300))
                let sz = Int32(truncatingIfNeeded: Int((d.z / (d.y + 0.3)) * 300))
                let h = Noise.hash(sx, sz)
                if h > 0.9975 { c += Vec3(repeating: (h - 0.9975) * 400 * min(d.y * 4, 1)) }
            }
            let glow = max(cosSun, 0)
            c += Vec3(0.02, 0.025, 0.035) * (glow * glow * glow * glow)
            return c
        }
        let s = max(cosSun, 0)
        let s2 = s * s, s4 = s2 * s2, s8 = s4 * s4, s64 = s8 * s8 * s8 * s8 * s8 * s8 * s8 * s8
        c += sunColor * (s8 * 0.05 + s64 * 0.3)
        // The sun's disc: about half a degree across, as seen from the earth.
        if sunDiscVisible && cosSun > 0.99996 { c += sunColor * 12 }
        return c
    }

    /// Light arriving from the hemisphere around normal `n` (sky above, ground bounce below).
    @inline(__always)
    func ambient(_ n: Vec3) -> Vec3 {
        let skyAverage = skyZenith * 0.55 + skyHorizon * 0.45
        return mix(groundBounce, skyAverage, 0.5 + 0.5 * n.y)
    }
}
