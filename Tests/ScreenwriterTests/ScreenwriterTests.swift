import Screenwriter
import Storyboard
import Testing

struct ScreenwriterTests {
    let writer = Screenwriter()

    @Test func countsColoursPlaceAndTime() {
        let (b, _) = writer.write("two blue balls roll across a snowy field at night", seconds: 5, seed: 1)
        #expect(b.cast.map(\.id) == ["ball-1", "ball-2"])
        #expect(b.cast.allSatisfy { $0.color == RGB(0.03, 0.12, 0.6) })
        #expect(b.actions.allSatisfy { $0.verb == .roll })
        #expect(b.setting.timeOfDay == .night)
        #expect(b.sound.ambience == .night)
        #expect(b.seconds == 5)
    }

    @Test func quotedDialogueGoesToTheSpeakerInItsLanguage() {
        let (b, r) = writer.write("a woman says \"bonjour tout le monde\" and a man walks", seconds: 4, seed: 1)
        #expect(b.dialogue.count == 1)
        #expect(b.dialogue[0].speaker == "woman-1")
        #expect(b.dialogue[0].language == "fr")
        #expect(b.actions.first { $0.actor == "man-1" }?.verb == .walk)
        #expect(r.words.contains { $0.role == "dialogue" })
    }

    @Test func styleAndCameraWords() {
        let (b, _) = writer.write("a crate falls, close-up, orbit, pixel art", seconds: 3, seed: 1)
        #expect(b.style == .pixelArt)
        #expect(b.shots.first?.framing == .close)
        #expect(b.shots.first?.move == .orbit)
        #expect(b.cast.first?.material == .wood)
    }

    @Test func everyStoryboardItWritesIsValid() throws {
        for prompt in ["", "zzz qqq", "a man says \"hi\"", "ten balls bounce wildly in a desert at noon, epic music", "\"unclosed quote"] {
            let (b, _) = writer.write(prompt, seconds: 8, seed: 9)
            try b.validate()
        }
    }

    /// Every kit under every size word makes a storyboard that renders ("a tiny marble" once did not).
    @Test func everyKitAtEverySizeIsValid() throws {
        for size in ["tiny", "small", "little", "big", "huge", "giant", "enormous", "mini", "large"] {
            for noun in ["marble", "ball", "beach ball", "cube", "box", "crate", "bottle", "jar", "man", "child", "woman"] {
                let (b, _) = writer.write("a \(size) \(noun)", seconds: 4, seed: 1)
                try b.validate()
                #expect(b.cast.count == 1, "a \(size) \(noun)")
            }
        }
    }

    @Test func verbsAThingCannotDoAreReportedNotForced() throws {
        let (b, r) = writer.write("a red ball walks and talks", seconds: 4, seed: 1)
        try b.validate()
        #expect(b.actions.first?.verb == .bounce)
        #expect(r.words.first { $0.word == "walks" }?.reason == "a ball cannot walk yet")
    }

    @Test func clothingColourStaysWithTheCharacter() {
        let (b, _) = writer.write("a man in a blue shirt and a ball", seconds: 4, seed: 1)
        #expect(b.cast.first { $0.kind == .humanoid }?.label == "man in a blue shirt")
        #expect(b.cast.first { $0.kind == .ball }?.label == "ball")
    }

    @Test func cameraAnglesAndMoves() {
        let (b, _) = writer.write("a man walks in a park, low angle, handheld", seconds: 4, seed: 1)
        #expect(b.shots.first?.angle == .low)
        #expect(b.shots.first?.move == .handheld)
        let (c, _) = writer.write("a crate falls, bird's eye view, zoom in", seconds: 4, seed: 1)
        #expect(c.shots.first?.angle == .birdsEye)
        #expect(c.shots.first?.move == .zoom)
    }

    @Test func crowdsStandInRowsAndAreCapped() throws {
        let (b, r) = writer.write(String(repeating: "a red ball ", count: 150), seconds: 4, seed: 1)
        try b.validate()
        #expect(b.cast.count == 100)
        #expect(Set(b.cast.map { $0.position.z }).count == 10, "ten rows of ten")
        #expect(r.words.contains { $0.reason?.contains("first 100") == true })
    }

    @Test func frenchPrompts() throws {
        let (b, r) = writer.write("une balle rouge rebondit sur la plage au coucher de soleil", seconds: 4, seed: 1)
        try b.validate()
        #expect(b.cast.first?.kind == .ball)
        #expect(b.cast.first?.color == RGB(0.7, 0.03, 0.02))
        #expect(b.actions.first?.verb == .bounce)
        #expect(b.setting.place == .beach)
        #expect(b.setting.timeOfDay == .sunset)
        #expect(!r.words.contains { $0.word == "la" || $0.word == "sur" }, "articles are not content words")
        let (c, _) = writer.write("un homme dans une rue dit « Bonjour, une baguette s'il vous plaît »", seconds: 4, seed: 1)
        #expect(c.dialogue.first?.speaker == "homme-1")
        #expect(c.dialogue.first?.language == "fr")
        #expect(c.setting.place == .street)
    }

    @Test func englishStillReadsArticlesAndNoir() {
        let (b, _) = writer.write("a glass bottle falls, film noir", seconds: 4, seed: 1)
        #expect(b.cast.count == 1)
        #expect(b.style == .noir)
    }

    @Test func tempoPhrases() throws {
        let (b, _) = writer.write("a glass bottle falls in slow motion", seconds: 4, seed: 1)
        #expect(b.speed == 0.3)
        try b.validate()
        let (c, _) = writer.write("time lapse of a man walking in a park", seconds: 4, seed: 1)
        #expect(c.speed == 8)
        let (d, _) = writer.write("a ball bounces", seconds: 4, seed: 1)
        #expect(d.speed == nil)
    }
}
