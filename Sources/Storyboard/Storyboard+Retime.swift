extension Storyboard {
    /// The same story told in `newSeconds`: every time (actions, dialogue, shots) scales with
    /// the length, so a storyboard written for 8 s plays in full at 5 s or 12 s.
    public func retimed(to newSeconds: Double) -> Storyboard {
        guard newSeconds != seconds, seconds > 0 else { return self }
        let k = newSeconds / seconds
        var board = self
        board.seconds = newSeconds
        board.actions = actions.map { a in
            var a = a
            a.start *= k
            a.end = a.end.map { $0 * k }
            return a
        }
        board.dialogue = dialogue.map { d in
            var d = d
            d.start = d.start.map { $0 * k }
            return d
        }
        board.shots = shots.map { s in
            var s = s
            s.start *= k
            s.end *= k
            return s
        }
        if !board.shots.isEmpty { board.shots[board.shots.count - 1].end = newSeconds }
        return board
    }
}
