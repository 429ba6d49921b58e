public import Provenance

/// How a render says where it came from: the marks in its pixels and the credentials in its file.
public struct ProvenanceOptions: Sendable {
    /// The creator's handle shown in the visible mark and named in the credentials, e.g. `@ana`.
    public var creator: String?
    /// Signs the finished MP4 with C2PA credentials; nil leaves the file unsigned.
    public var signing: SigningIdentity?
    /// Who issued the video, carried by the invisible watermark (a studio's number).
    public var issuer: UInt16
    /// The video's id in the invisible watermark (40 bits); nil derives one from the storyboard and options.
    public var videoID: UInt64?
    /// Draws the visible and invisible watermarks. Turning them off is a policy of the operator
    /// (benchmarks compare marked with unmarked frames), never a client's flag.
    public var watermarks: Bool

    public init(creator: String? = nil, signing: SigningIdentity? = nil, issuer: UInt16 = 1, videoID: UInt64? = nil, watermarks: Bool = true) {
        self.creator = creator
        self.signing = signing
        self.issuer = issuer
        self.videoID = videoID
        self.watermarks = watermarks
    }
}
