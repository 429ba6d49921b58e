public import Storyboard

extension Screenwriter {
    /// Edits `source` with a new prompt, keeping everything the prompt does not speak of.
    ///
    /// The prompt is written as usual; then each part of the storyboard (cast and their actions,
    /// place, time of day, weather, style, camera, tempo, music, dialogue) is taken from the new
    /// draft only when a word of the prompt was realized as that part. "make it night" changes the
    /// time and keeps the ball, the beach and the camera; "a dog runs" recasts the scene.
    public func remix(_ source: Storyboard, prompt: String) -> (Storyboard, RealizationReport) {
        let (draft, report) = write(prompt, seconds: source.seconds, seed: source.seed)
        let said = Set(report.words.filter { $0.status == .realized }.compactMap { $0.as?.split(separator: ":").first.map(String.init) })
        var board = source
        board.prompt = source.prompt + " / " + prompt
        if !said.isDisjoint(with: ["kit", "count", "color", "material", "size", "action", "intensity"]) {
            board.cast = draft.cast
            board.actions = draft.actions
            board.dialogue = draft.dialogue
        }
        if said.contains("speech") { board.dialogue = draft.dialogue }
        if said.contains("place") {
            board.setting.place = draft.setting.place
            board.sound.ambience = draft.sound.ambience
        }
        if said.contains("time") {
            board.setting.timeOfDay = draft.setting.timeOfDay
            board.sound.ambience = draft.sound.ambience
        }
        if said.contains("weather") { board.setting.weather = draft.setting.weather }
        if said.contains("style") { board.style = draft.style }
        if !said.isDisjoint(with: ["camera", "angle"]) { board.shots = draft.shots }
        if said.contains("speed") { board.speed = draft.speed }
        if said.contains("music") {
            board.sound.music = draft.sound.music
            board.sound.tempo = draft.sound.tempo
        }
        return (board, report)
    }
}
