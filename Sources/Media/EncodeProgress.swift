/// How far an encode has come; reported once per appended frame.
public struct EncodeProgress: Sendable, Equatable {
    /// Frames handed to the encoder so far.
    public var framesWritten: Int
    /// Frames the encode will have in total.
    public var total: Int

    public init(framesWritten: Int, total: Int) {
        self.framesWritten = framesWritten
        self.total = total
    }

    /// 0…1.
    public var fraction: Double { total > 0 ? Double(framesWritten) / Double(total) : 0 }
}
