import Director

/// The model names the API accepts and what each renders: OpenAI's names for drop-in clients,
/// Kinora's own for direct control over quality.
enum VideoModels {
    static let openAI = ["sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06", "sora-2-2025-12-08"]
    static let kinora = ["kinora", "kinora-draft", "kinora-high"]
    static var all: [String] { openAI + kinora }

    static func quality(of model: String) -> RenderOptions.Quality {
        if model == "kinora-draft" { return .draft }
        if model.hasPrefix("sora-2-pro") || model == "kinora-high" { return .high }
        return .standard
    }

    /// Durations the OpenAI models allow; Kinora's models take any whole number of seconds 1–60.
    static func allowsSeconds(_ seconds: Int, model: String) -> Bool {
        kinora.contains(model) ? (1...60).contains(seconds) : [4, 8, 12, 16, 20].contains(seconds)
    }

    /// Sizes the OpenAI models allow (1080p for the pro model only); Kinora's models take any valid size.
    static func allowsSize(_ size: VideoSize, model: String) -> Bool {
        if kinora.contains(model) { return size.isValidFrame }
        let sizes = ["720x1280", "1280x720", "1024x1792", "1792x1024"] + (model.hasPrefix("sora-2-pro") ? ["1080x1920", "1920x1080"] : [])
        return sizes.contains(size.description)
    }
}

/// `WIDTHxHEIGHT`.
struct VideoSize: CustomStringConvertible {
    var width: Int
    var height: Int

    init?(_ text: String) {
        let parts = text.split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]) else { return nil }
        width = w
        height = h
    }

    var description: String { "\(width)x\(height)" }
    var isValidFrame: Bool { width >= 16 && height >= 16 && width <= 3840 && height <= 3840 && width % 2 == 0 && height % 2 == 0 }
}
