/// Suggests the tag a hashtag was probably meant to be (FORMAT 2.3, `misspelled-tag`): a rung,
/// `first-time` or `heat` within edit distance 1 (`EditDistance`: `#talkd`, `#contacts`, `#first-tme`),
/// or `followed-up` for `#follow-up` and `#followup`.
enum TagSpelling {
    /// The tags a misspelling is measured against: the rungs shallowest first, then the flags.
    static let likelyTags: [String] = Rung.allCases.map(\.tag) + ["first-time", "heat"]

    /// The likely tag for a lower-case hashtag written without `#`, or nil when it is one of the
    /// likely tags itself or close to none (on a tie, the first of `likelyTags`).
    static func likelyTag(for tag: String) -> String? {
        guard !likelyTags.contains(tag) else { return nil }
        if tag == "follow-up" || tag == "followup" { return Rung.followedUp.tag }
        return likelyTags.first { EditDistance.between(tag, $0, atMost: 1) != nil }
    }
}
