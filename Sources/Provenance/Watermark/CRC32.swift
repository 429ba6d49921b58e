/// CRC-32 (IEEE 802.3, reflected, initial value and final XOR 0xFFFFFFFF), the zlib/PNG checksum.
///
/// The watermark uses it as the decision: an unmarked video decodes to noise, which matches its
/// own 32 check bits with probability 2⁻³². The non-zero initial value keeps all-zero input from
/// having an all-zero checksum, so a blank accumulator is not mistaken for a watermark.
enum CRC32 {
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
