/// Where and when the scene happens.
public struct Setting: Codable, Sendable, Hashable {
    public var place: Place
    public var timeOfDay: TimeOfDay
    public var weather: Weather

    public init(place: Place = .meadow, timeOfDay: TimeOfDay = .afternoon, weather: Weather = .clear) {
        self.place = place
        self.timeOfDay = timeOfDay
        self.weather = weather
    }
}

/// The kind of set: its ground, its horizon and its ambience.
public enum Place: String, StoryboardEnum {
    case beach, meadow, park, street, courtyard, desert, snowfield, studio

    /// The material underfoot, for physics and footsteps.
    public var groundMaterial: Material {
        switch self {
        case .beach, .desert: return .sand
        case .meadow, .park: return .grass
        case .street: return .asphalt
        case .courtyard: return .stone
        case .snowfield: return .snow
        case .studio: return .concrete
        }
    }
}

/// Time of day sets the sun's height and colour, the sky and the light.
public enum TimeOfDay: String, StoryboardEnum {
    case dawn, morning, noon, afternoon, sunset, dusk, night

    /// Sun elevation above the horizon in degrees (negative: below, the moon lights the night).
    public var sunElevationDegrees: Float {
        switch self {
        case .dawn: return 2
        case .morning: return 25
        case .noon: return 70
        case .afternoon: return 40
        case .sunset: return 6
        case .dusk: return -4
        case .night: return -20
        }
    }
}

public enum Weather: String, StoryboardEnum {
    case clear, cloudy, foggy, windy
}
