import Testing

@testable import Studio

struct S3XMLTests {
    @Test func listingKeysAndTokenWithEntities() {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ListBucketResult><Name>b</Name><Prefix>p/</Prefix><IsTruncated>true</IsTruncated>\
            <Contents><Key>p/a&amp;b.mp4</Key><Size>1</Size></Contents><Contents><Key>p/&#x3C;c&#62;</Key></Contents>\
            <NextContinuationToken>abc/+=</NextContinuationToken></ListBucketResult>
            """
        #expect(S3XML.values(of: "Key", in: xml) == ["p/a&b.mp4", "p/<c>"])
        #expect(S3XML.value(of: "IsTruncated", in: xml) == "true")
        #expect(S3XML.value(of: "NextContinuationToken", in: xml) == "abc/+=")
        #expect(S3XML.value(of: "Code", in: xml) == nil)
    }

    @Test func anUnknownEntityIsLeftAsWritten() {
        #expect(S3XML.value(of: "Message", in: "<Message>a &nbsp; b &amp</Message>") == "a &nbsp; b &amp")
    }
}
