import Foundation
import Storyboard
import Testing

struct StoryboardDecodeTests {
    static let board = Storyboard(
        prompt: "a ball", seed: 3, seconds: 4,
        cast: [CastMember(id: "ball-1", kind: .ball, label: "ball", color: RGB(1, 0, 0), material: .rubber, position: GroundPoint(x: 0, z: 0))],
        actions: [Action(actor: "ball-1", verb: .bounce)], shots: [Shot(start: 0, end: 4)])

    @Test func roundTrips() throws {
        #expect(try Storyboard.decode(Self.board.encoded()) == Self.board)
    }

    @Test func unknownValueNamesFieldAndAllowedValues() throws {
        let json = String(decoding: Self.board.encoded(), as: UTF8.self).replacingOccurrences(of: "\"bounce\"", with: "\"levitate\"")
        #expect {
            try Storyboard.decode(Data(json.utf8))
        } throws: { error in
            let e = error as? StoryboardError
            return e?.field == "actions[0].verb" && e?.message.contains("levitate") == true && e?.message.contains("allowed: bounce") == true
        }
    }

    @Test func referencesAndRangesAreChecked() {
        var b = Self.board
        b.actions[0].actor = "ghost"
        #expect(throws: StoryboardError.self) { try b.validate() }
        b = Self.board
        b.seconds = 90
        #expect { try b.validate() } throws: { ($0 as? StoryboardError)?.field == "seconds" }
        b = Self.board
        b.cast.append(b.cast[0])
        #expect { try b.validate() } throws: { ($0 as? StoryboardError)?.message.contains("duplicate") == true }
    }

    @Test func shotsMustFollowOneAnotherAndCoverTheVideo() {
        var b = Self.board
        b.shots = [Shot(start: 0, end: 2), Shot(start: 2.5, end: 4)]
        #expect { try b.validate() } throws: { ($0 as? StoryboardError)?.field == "shots[1].start" }
        b.shots = [Shot(start: 0, end: 3)]
        #expect { try b.validate() } throws: { ($0 as? StoryboardError)?.field == "shots[0].end" }
        b.shots = [Shot(start: 0, end: 1), Shot(start: 1, end: 4)]
        #expect(throws: Never.self) { try b.validate() }
    }

    @Test func actionsMustSuitTheirActor() {
        var b = Self.board
        b.actions[0].verb = .walk
        #expect { try b.validate() } throws: { ($0 as? StoryboardError)?.message.contains("a ball cannot walk") == true }
        b = Self.board
        b.actions.append(Action(actor: "ball-1", verb: .roll))
        #expect { try b.validate() } throws: { ($0 as? StoryboardError)?.field == "actions[1].actor" }
        b = Self.board
        b.actions[0].end = 2
        #expect { try b.validate() } throws: { ($0 as? StoryboardError)?.field == "actions[0].end" }
    }

    @Test func anotherVersionIsNamedFirst() throws {
        var json = String(decoding: Self.board.encoded(), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2").replacingOccurrences(of: "\"bounce\"", with: "\"levitate\"")
        #expect { try Storyboard.decode(Data(json.utf8)) } throws: { ($0 as? StoryboardError)?.field == "version" }
    }

    @Test func retimingScalesEveryTime() throws {
        var b = Self.board
        b.seconds = 8
        b.shots = [Shot(start: 0, end: 3), Shot(start: 3, end: 8)]
        b.actions[0].start = 2
        b.dialogue = []
        let r = b.retimed(to: 4)
        #expect(r.seconds == 4)
        #expect(r.actions[0].start == 1)
        #expect(r.shots.map(\.end) == [1.5, 4])
        try r.validate()
    }
}
