/// What a report asks of the journal: the period, the day things are judged on, and the filters.
public struct Query: Sendable {
    public var period: Period
    /// The day on which overdue, pending and cold are judged.
    public var asOf: Day
    /// Only entries by this author (case ignored); nil for all.
    public var author: String?
    /// Only entries of this struggle (case ignored); nil for all.
    public var struggle: String?

    public init(period: Period, asOf: Day, author: String? = nil, struggle: String? = nil) {
        self.period = period
        self.asOf = asOf
        self.author = author
        self.struggle = struggle
    }

    /// Whether the filters are set; without them every entry matches.
    public var isFiltered: Bool { author != nil || struggle != nil }

    /// Whether an entry supplies what is listed and counted (REPORTS "Which entries count").
    public func matches(_ entry: Entry, _ settings: Settings) -> Bool {
        if let author, (entry.author ?? settings.author)?.lowercased() != author.lowercased() { return false }
        if let struggle, entry.struggle?.lowercased() != struggle.lowercased() { return false }
        return true
    }
}
