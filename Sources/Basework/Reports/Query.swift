/// What a report asks of the journal: the period, the day things are judged on, and the filters.
public struct Query: Sendable {
    public var period: Period
    /// The day on which overdue, pending and cold are judged.
    public var asOf: Day
    /// Only entries by this author (case ignored); nil for all.
    public var author: String?
    /// Only entries of this struggle (case ignored); nil for all.
    public var struggle: String?
    /// Only entries that mention this person or list them in `people` (a handle or alias, with or
    /// without `@`; resolved through the roster); nil for all.
    public var person: String?
    /// Only entries with this tag in front matter `tags` or as a hashtag in the body (case ignored,
    /// with or without `#`); nil for all.
    public var tag: String?
    /// Only entries that mention someone of this roster `group` (case ignored); nil for all.
    public var group: String?

    public init(period: Period, asOf: Day, author: String? = nil, struggle: String? = nil,
                person: String? = nil, tag: String? = nil, group: String? = nil) {
        self.period = period
        self.asOf = asOf
        self.author = author
        self.struggle = struggle
        self.person = person
        self.tag = tag
        self.group = group
    }

    /// Whether the filters are set; without them every entry matches.
    public var isFiltered: Bool { author != nil || struggle != nil || person != nil || tag != nil || group != nil }

    /// Whether an entry supplies what is listed and counted (REPORTS "Which entries count"): every
    /// filter given must hold.
    public func matches(_ entry: Entry, _ journal: Journal) -> Bool {
        if let author, (entry.author ?? journal.settings.author)?.lowercased() != author.lowercased() { return false }
        if let struggle, entry.struggle?.lowercased() != struggle.lowercased() { return false }
        if let person {
            let handle = journal.roster.canonical(person.hasPrefix("@") ? String(person.dropFirst()) : person)
            guard Query.mentions(entry, where: { $0 == handle }) else { return false }
        }
        if let tag, !Query.hasTag(entry, tag.hasPrefix("#") ? String(tag.dropFirst()).lowercased() : tag.lowercased()) {
            return false
        }
        if let group {
            let wanted = group.lowercased()
            guard Query.mentions(entry, where: { journal.roster.people[$0]?.group?.lowercased() == wanted })
            else { return false }
        }
        return true
    }

    /// Whether the entry mentions someone who passes `test`: in its interactions, or among the people its
    /// follow-ups name (canonical handles).
    static func mentions(_ entry: Entry, where test: (String) -> Bool) -> Bool {
        entry.interactions.contains { test($0.handle) } || entry.followUps.contains { $0.people.contains(where: test) }
    }

    /// A front matter tag, or a hashtag anywhere in the body: free, a rung or `#first-time`.
    static func hasTag(_ entry: Entry, _ tag: String) -> Bool {
        entry.tags.contains(tag) || entry.hashtags.contains(tag)
    }
}
