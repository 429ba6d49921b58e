public import Geometry
public import Storyboard
import Foundation

/// The light of the set: a sun (or moon), a sky, and fog. Everything is in linear RGB.
public struct Lighting: Sendable, Hashable {
    /// Unit vector from the scene towards the sun (or moon at night).
    public var sunDirection: Vec3
    /// Radiance of the direct light; about 3 at noon, about 0.25 for moonlight.
    public var sunColor: Vec3
    public var skyZenith: Vec3
    public var skyHorizon: Vec3
    /// Light bounced from the ground into the undersides of things.
    public var groundBounce: Vec3
    /// Fog extinction per metre.
    public var fogDensity: Float
    public var fogColor: Vec3
    /// Night skies show stars and a moon disc.
    public var isNight: Bool
    /// Whether the sun's disc is above the horizon (at dusk it has set, but still lights the sky).
    public var sunDiscVisible: Bool

    /// The camera's exposure for this light, as a photographer would set it: a noon beach is
    /// bright but not blown out, a sunset keeps its glow, the night stays dark but readable.
    public var exposure: Float {
        if isNight { return 1.3 }
        let luminance = { (c: Vec3) in 0.2126 * c.x + 0.7152 * c.y + 0.0722 * c.z }
        let key = luminance(sunColor) * max(sunDirection.y, 0.1) + luminance(ambient)
        return 4.66 / (key + 5.4)
    }

    /// Average sky light, for the exposure.
    private var ambient: Vec3 { skyZenith * 0.55 + skyHorizon * 0.45 }

    public init(
        sunDirection: Vec3, sunColor: Vec3, skyZenith: Vec3, skyHorizon: Vec3, groundBounce: Vec3, fogDensity: Float, fogColor: Vec3, isNight: Bool,
        sunDiscVisible: Bool = true
    ) {
        self.sunDirection = sunDirection
        self.sunColor = sunColor
        self.skyZenith = skyZenith
        self.skyHorizon = skyHorizon
        self.groundBounce = groundBounce
        self.fogDensity = fogDensity
        self.fogColor = fogColor
        self.isNight = isNight
        self.sunDiscVisible = sunDiscVisible
    }

    /// The light of a time of day and weather. The default camera looks towards −z, so a
    /// low sun (sunrise, sunset) is placed ahead of it, in frame, for backlit, long-shadow shots.
    public static func of(_ time: TimeOfDay, weather: Weather) -> Lighting {
        let elevation = time.sunElevationDegrees * .pi / 180
        let lowSun = time == .sunset || time == .dawn || time == .dusk
        let azimuth: Float = lowSun ? -0.35 : 0.9   // radians from −z towards +x
        let light: (sun: Vec3, zenith: Vec3, horizon: Vec3)
        switch time {
        case .dawn: light = (Vec3(1.6, 0.95, 0.75), Vec3(0.18, 0.24, 0.45), Vec3(0.95, 0.62, 0.55))
        case .morning: light = (Vec3(2.6, 2.35, 2.05), Vec3(0.16, 0.34, 0.78), Vec3(0.62, 0.74, 0.9))
        case .noon: light = (Vec3(3.0, 2.9, 2.75), Vec3(0.12, 0.3, 0.8), Vec3(0.58, 0.72, 0.92))
        case .afternoon: light = (Vec3(2.8, 2.6, 2.3), Vec3(0.14, 0.32, 0.78), Vec3(0.64, 0.74, 0.88))
        case .sunset: light = (Vec3(2.3, 1.1, 0.42), Vec3(0.1, 0.12, 0.3), Vec3(0.95, 0.4, 0.13))
        case .dusk: light = (Vec3(0.5, 0.35, 0.45), Vec3(0.05, 0.07, 0.18), Vec3(0.45, 0.28, 0.32))
        case .night: light = (Vec3(0.22, 0.26, 0.36), Vec3(0.004, 0.007, 0.02), Vec3(0.025, 0.035, 0.07))
        }
        // At night the direct light is the moon, high in the sky; at dusk it is the glow of the
        // sun just set, grazing from the horizon.
        let lightElevation = elevation > 0 ? elevation : (time == .night ? Float(0.75) : Float(0.03))
        let dir = normalize(Vec3(sin(azimuth) * cos(lightElevation), sin(lightElevation), -cos(azimuth) * cos(lightElevation)))
        var sun = light.sun, zenith = light.zenith, horizon = light.horizon
        var fog: Float = 0.004
        switch weather {
        case .clear, .windy: break
        case .cloudy:
            sun *= 0.45
            let grey = (zenith + horizon) * 0.5
            zenith = mix(zenith, grey, 0.6) * 0.9
            horizon = mix(horizon, grey, 0.6)
            fog = 0.008
        case .foggy:
            sun *= 0.3
            zenith = mix(zenith, horizon, 0.8)
            fog = 0.06
        }
        return Lighting(
            sunDirection: dir, sunColor: sun, skyZenith: zenith, skyHorizon: horizon,
            groundBounce: (zenith + horizon) * 0.15 + sun * 0.03, fogDensity: fog, fogColor: horizon, isNight: time == .night,
            sunDiscVisible: elevation > 0)
    }
}
