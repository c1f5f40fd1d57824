/// What every report says about itself: the period, the as-of day, the filters, how much of the
/// journal was read, and, when the period holds no entry, the nearest week that has some.
public struct ReportHeader: Sendable {
    public var period: Period
    public var asOf: Day
    public var author: String?
    public var struggle: String?
    public var person: String?
    public var tag: String?
    public var group: String?
    /// Entries dated in the period that match the filters.
    public var entriesInPeriod: Int
    /// Entries read from the whole journal, and entry files left out for errors.
    public var entries: Int
    public var leftOut: Int
    public var errors: Int
    public var warnings: Int
    /// When the period holds no matching entry: the week (on the settings' week start) holding the
    /// matching entry nearest to the period; nil otherwise, or when no entry matches at all.
    public var nearestWeek: Period?
    public var weekStart: Settings.WeekStart
    /// Whether the period is a whole week (on the settings' week start), a calendar month, or any other range.
    public var periodKind: PeriodKind
    /// Display names by canonical handle, for everyone on the roster and everyone mentioned (their handle
    /// when the roster gives no name), so that renderers can show names beside handles.
    public var names: [String: String]
    /// Whether `--redact` replaced every name, handle and free text; every format says so.
    public var redacted = false

    /// How the period reads: `week` with its name (`2026-W47`), `month`, or a `range` of days.
    public enum PeriodKind: Hashable, Sendable {
        case week(String)
        case month
        case range
    }

    /// `history` is the journal's own, when the caller has it; it is built otherwise.
    public init(_ journal: Journal, _ query: Query, history: History? = nil) {
        period = query.period
        asOf = query.asOf
        author = query.author
        struggle = query.struggle
        person = query.person
        tag = query.tag
        group = query.group
        entriesInPeriod = query.countedEntries(in: journal).count
        entries = journal.entries.count
        leftOut = journal.leftOut
        errors = journal.errorCount
        warnings = journal.warningCount
        weekStart = journal.settings.weekStart
        periodKind = ReportHeader.kind(of: query.period, weekStart: journal.settings.weekStart)
        var names = journal.roster.people.mapValues(\.name)
        // Everyone the roster does not name is shown by their handle.
        let history = history ?? History(journal)
        for handle in history.meetings.keys where names[handle] == nil { names[handle] = handle }
        for handle in history.firstNamedInFollowUp.keys where names[handle] == nil { names[handle] = handle }
        self.names = names
        guard entriesInPeriod == 0 else { return }
        let distance = { (day: Day) in day < query.period.from ? query.period.from.days(since: day) : day.days(since: query.period.to) }
        let nearest = journal.entries.indices.filter { query.matches(journal.entries[$0], journal) }
            .min { distance(journal.entries[$0].date) < distance(journal.entries[$1].date) }
        nearestWeek = nearest.map { Period.week(holding: journal.entries[$0].date, start: journal.settings.weekStart) }
    }

    /// Whether any filter narrows the entries.
    public var isFiltered: Bool { author != nil || struggle != nil || person != nil || tag != nil || group != nil }

    /// The display name for a handle; the handle itself when no one by it is known.
    public func name(_ handle: String) -> String { names[handle] ?? handle }

    /// The name of `nearestWeek` (`2026-W47`), as `--week` takes it.
    public var nearestWeekName: String? { nearestWeek.map { $0.weekName(start: weekStart) } }

    static func kind(of period: Period, weekStart: Settings.WeekStart) -> PeriodKind {
        if Period.week(holding: period.from, start: weekStart) == period { return .week(period.weekName(start: weekStart)) }
        if Period.month(holding: period.from) == period { return .month }
        return .range
    }
}
