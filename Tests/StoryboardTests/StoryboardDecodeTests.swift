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
}
