import Testing
@testable import Screenwriter
import Storyboard

/// A remix changes what its prompt speaks of and keeps the rest of the source storyboard.
@Suite struct RemixTests {
    let writer = Screenwriter()

    @Test func changingTheTimeKeepsCastPlaceCameraAndSeed() {
        let (source, _) = writer.write("a red ball bounces on a beach at noon, low angle", seconds: 4, seed: 9)
        let (remix, _) = writer.remix(source, prompt: "at night")
        #expect(remix.setting.timeOfDay == .night)
        #expect(remix.cast == source.cast)
        #expect(remix.actions == source.actions)
        #expect(remix.setting.place == source.setting.place)
        #expect(remix.shots == source.shots)
        #expect(remix.seed == source.seed && remix.seconds == source.seconds)
        #expect(remix.style == source.style)
    }

    @Test func aNewSubjectRecastsTheSceneButKeepsThePlace() {
        let (source, _) = writer.write("a red ball bounces on a beach at sunset", seconds: 4, seed: 9)
        let (remix, _) = writer.remix(source, prompt: "two wooden crates fall")
        #expect(remix.cast.map(\.kind) == [.crate, .crate])
        #expect(remix.setting == source.setting)
    }

    @Test func aStyleWordChangesOnlyTheStyle() {
        let (source, _) = writer.write("a man walks in a park", seconds: 4, seed: 3)
        let (remix, _) = writer.remix(source, prompt: "in film noir")
        #expect(remix.style == .noir)
        var expected = source
        expected.style = .noir
        expected.prompt = remix.prompt
        #expect(remix == expected)
    }
}
