/// The bits that go into the picture: payload (64) + CRC-32 (32) → convolutional code → 204 channel bits.
///
/// ```
/// message  = payload.bits (64, MSB first) ‖ CRC-32 of its 8 big-endian bytes (32)     96 bits
/// channel  = ConvolutionalCode.encode(message)  (rate 1/2, 6 tail bits)              204 bits
/// ```
/// Decoding runs Viterbi on soft channel values and accepts the result only when the CRC matches.
public enum WatermarkCodeword {
    public static let messageCount = 96
    public static let channelCount = 2 * (messageCount + ConvolutionalCode.tail)

    /// The channel bits for `payload`, in the order ``WatermarkTile`` places them.
    public static func channelBits(_ payload: WatermarkPayload) -> [Bool] {
        ConvolutionalCode.encode(bits(of: payload.bits, count: 64) + bits(of: UInt64(checksum(payload.bits)), count: 32))
    }

    /// Decodes soft channel values (positive means 1). Returns the 96 message bits, the 64 payload bits
    /// among them and whether the CRC matched.
    static func decode(_ soft: [Float]) -> (message: [Bool], bits: UInt64, checksumMatches: Bool) {
        let message = ConvolutionalCode.decode(soft, count: messageCount)
        let payload = number(message[0..<64])
        return (message, payload, UInt32(number(message[64..<96])) == checksum(payload))
    }

    private static func checksum(_ bits: UInt64) -> UInt32 {
        CRC32.checksum((0..<8).map { UInt8(truncatingIfNeeded: bits >> (56 - 8 * $0)) })
    }

    private static func bits(of value: UInt64, count: Int) -> [Bool] {
        (0..<count).map { value >> (count - 1 - $0) & 1 == 1 }
    }

    private static func number(_ bits: ArraySlice<Bool>) -> UInt64 {
        bits.reduce(0) { $0 << 1 | ($1 ? 1 : 0) }
    }
}
