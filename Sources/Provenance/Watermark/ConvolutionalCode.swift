/// The rate-1/2, constraint-length-7 convolutional code (generators 171, 133 octal; the NASA/802.11 code)
/// with soft-decision Viterbi decoding.
///
/// Why this code: it corrects scattered chip errors with about 5 dB of coding gain over uncoded bits,
/// the decoder takes soft values (so weak chips count less than strong ones), and it is 60 lines with
/// no tables. Input is terminated with 6 zero bits, so `n` bits become `2·(n + 6)` coded bits.
enum ConvolutionalCode {
    static let constraint = 7
    static let tail = constraint - 1
    private static let generators: (Int, Int) = (0o171, 0o133)
    private static let states = 1 << tail

    /// Coded bits for `bits`, terminated with the zero tail.
    static func encode(_ bits: [Bool]) -> [Bool] {
        var register = 0
        var out: [Bool] = []
        out.reserveCapacity(2 * (bits.count + tail))
        for bit in bits + [Bool](repeating: false, count: tail) {
            register = (register << 1 | (bit ? 1 : 0)) & (2 * states - 1)
            let (a, b) = outputs(register)
            out.append(a)
            out.append(b)
        }
        return out
    }

    /// The most likely input bits for `soft` coded values (positive means 1; magnitude is confidence).
    /// - Complexity: O(64 · soft.count).
    static func decode(_ soft: [Float], count: Int) -> [Bool] {
        let steps = count + tail
        precondition(soft.count == 2 * steps, "expected \(2 * steps) soft values, got \(soft.count)")
        var metric = [Float](repeating: -.infinity, count: states)
        metric[0] = 0
        // decisions[t * states + s]: whether state s at step t+1 came from the predecessor with the top bit set.
        var decisions = [Bool](repeating: false, count: steps * states)
        var next = metric
        for t in 0..<steps {
            let (s0, s1) = (soft[2 * t], soft[2 * t + 1])
            for state in 0..<states {
                let low = state >> 1, high = low | (states >> 1)
                let a = metric[low] + branch(low << 1 | state & 1, s0, s1)
                let b = metric[high] + branch(high << 1 | state & 1, s0, s1)
                next[state] = max(a, b)
                decisions[t * states + state] = b > a
            }
            swap(&metric, &next)
        }
        // The zero tail ends the path in state 0; walk the decisions back from there.
        var state = 0
        var bits = [Bool](repeating: false, count: steps)
        for t in stride(from: steps - 1, through: 0, by: -1) {
            bits[t] = state & 1 == 1
            state = state >> 1 | (decisions[t * states + state] ? states >> 1 : 0)
        }
        return Array(bits[0..<count])
    }

    /// Correlation of the soft pair with the ±1 outputs of the 7-bit `register`.
    private static func branch(_ register: Int, _ s0: Float, _ s1: Float) -> Float {
        let (a, b) = outputs(register)
        return (a ? s0 : -s0) + (b ? s1 : -s1)
    }

    private static func outputs(_ register: Int) -> (Bool, Bool) {
        ((register & generators.0).nonzeroBitCount & 1 == 1, (register & generators.1).nonzeroBitCount & 1 == 1)
    }
}
