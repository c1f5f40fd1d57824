/// Suggests the tag a hashtag was probably meant to be (FORMAT 2.3, `misspelled-tag`): a rung,
/// `first-time` or `heat` within edit distance 1 (`EditDistance`: `#talkd`, `#contacts`, `#first-tme`),
/// or `followed-up` for `#follow-up` and `#followup`.
enum TagSpelling {
    /// The tags a misspelling is measured against: the rungs shallowest first, then the flags.
    static let likelyTags: [String] = Rung.allCases.map(\.tag) + ["first-time", "heat"]

    /// The likely tag for a lower-case hashtag written without `#`, or nil when it is one of the
    /// likely tags itself or close to none (on a tie, the first of `likelyTags`).
    static func likelyTag(for tag: String) -> String? {
        var tag = tag
        return tag.withUTF8 { written in
            // Called for every free hashtag: ASCII tags (nearly all) are compared as bytes, and a tag
            // whose length is 2 or more from every likely tag's (4 to 11) is not compared at all.
            guard written.allSatisfy({ $0 < 0x80 }) else { return likelyTag(scalars: String(decoding: written, as: UTF8.self)) }
            guard (3...12).contains(written.count) else { return nil }
            guard !likelyTagBytes.contains(where: { $0.elementsEqual(written) }) else { return nil }
            if written.elementsEqual("follow-up".utf8) || written.elementsEqual("followup".utf8) { return Rung.followedUp.tag }
            let index = likelyTagBytes.firstIndex { candidate in
                candidate.withUnsafeBufferPointer { EditDistance.distance(written, $0, limit: 1) } != nil
            }
            return index.map { likelyTags[$0] }
        }
    }

    private static let likelyTagBytes: [[UInt8]] = likelyTags.map { Array($0.utf8) }

    /// `likelyTag(for:)` for a tag beyond ASCII, measured in Unicode scalars.
    private static func likelyTag(scalars tag: String) -> String? {
        likelyTags.first { EditDistance.between(tag, $0, atMost: 1) == 1 }
    }
}
