/// What follow-up is pending on the as-of day (REPORTS `followUps`): follow-ups overdue, open, satisfied
/// and done, first-timers still owed a one-to-one, and people going cold.
public struct FollowUpsReport: Report {
    /// One follow-up, with the entry that holds it.
    public struct Item: Hashable, Encodable, Sendable {
        /// The path of the entry that holds it.
        public var entry: String
        /// That entry's date.
        public var date: Day
        public var line: Int
        public var text: String
        public var people: [String]
        public var due: Day
        /// Overdue items only.
        public var daysOverdue: Int?
        /// Satisfied items only: the path of the entry that completed it.
        public var by: String?
    }

    /// A first-timer still owed a one-to-one.
    public struct FirstTimerItem: Hashable, Encodable, Sendable {
        public var handle: String
        /// The path of the heat entry.
        public var entry: String
        public var date: Day
        public var dueBy: Day
        public var state: FirstTimer.State
        /// Overdue first-timers only: days from `dueBy` to the as-of day.
        public var daysOverdue: Int?
    }

    /// A person going cold.
    public struct ColdItem: Hashable, Encodable, Sendable {
        public var handle: String
        public var lastOneToOne: Day
        public var days: Int
    }

    /// Still open on the as-of day and past due, from entries dated up to it.
    public var overdue: [Item]
    /// Still open on the as-of day and not yet due, from entries dated up to it.
    public var open: [Item]
    /// Satisfied by the as-of day, by an entry dated in the period.
    public var satisfied: [Item]
    /// Ticked, from entries dated in the period (and up to the as-of day).
    public var done: [Item]
    public var firstTimers: [FirstTimerItem]
    public var goingCold: [ColdItem]

    /// Only entries the query matches supply follow-ups, first-timers and the people listed as going cold;
    /// what is judged about a person looks at the whole journal. Lists follow date, then path, then line
    /// (first-timers: handle); going cold follows the last one-to-one, then handle.
    public init(_ input: ReportInput) {
        self.init([FollowUpsReport.listed(input, from: 0..<input.journal.entries.count)],
                  firstTimers: FollowUpsReport.firstTimers(input), goingCold: FollowUpsReport.goingCold(input))
    }

    /// The report from its parts, which may be computed apart: the follow-ups listed from consecutive ranges
    /// of entries, in journal order, then the first-timers and the people going cold.
    init(_ parts: [Listed], firstTimers: [FirstTimerItem], goingCold: [ColdItem]) {
        overdue = parts.flatMap(\.overdue)
        open = parts.flatMap(\.open)
        satisfied = parts.flatMap(\.satisfied)
        done = parts.flatMap(\.done)
        self.firstTimers = firstTimers
        self.goingCold = goingCold
    }

    /// The four lists of follow-ups, from some of the journal's entries.
    struct Listed: Sendable {
        var overdue: [Item] = [], open: [Item] = [], satisfied: [Item] = [], done: [Item] = []
    }

    /// The follow-ups of the entries at `range` of `journal.entries`, in their lists.
    static func listed(_ input: ReportInput, from range: Range<Int>) -> Listed {
        let (journal, history, query) = (input.journal, input.history, input.query)
        let asOf = query.asOf
        var listed = Listed()
        for index in range.clamped(to: 0..<journal.entriesEnd(through: asOf))
        where !query.isFiltered || query.matches(journal.entries[index], journal) {
            let (path, date) = (journal.entries[index].path, journal.entries[index].date)
            var followUps = journal.entries[index].followUps
            if followUps.indices.dropFirst().contains(where: { followUps[$0].line < followUps[$0 - 1].line }) {
                followUps.sort { $0.line < $1.line }
            }
            for followUp in followUps {
                let state = FollowUpState(of: followUp, inEntry: index, journal: journal, history: history, on: asOf)
                // Most follow-ups are listed nowhere (done or satisfied outside the period): an item is made
                // only for those that are.
                let item = { Item(entry: path, date: date, line: followUp.line, text: followUp.text,
                                  people: followUp.people, due: followUp.due) }
                switch state {
                case .done:
                    if query.period.contains(date) { listed.done.append(item()) }
                case .satisfied(let by):
                    if query.period.contains(journal.entries[by].date) {
                        var satisfied = item()
                        satisfied.by = journal.entries[by].path
                        listed.satisfied.append(satisfied)
                    }
                case .overdue(let days):
                    var overdue = item()
                    overdue.daysOverdue = days
                    listed.overdue.append(overdue)
                case .open:
                    listed.open.append(item())
                }
            }
        }
        return listed
    }

    static func firstTimers(_ input: ReportInput) -> [FirstTimerItem] {
        let (journal, asOf) = (input.journal, input.query.asOf)
        return FirstTimer.owed(on: asOf, journal: journal, history: input.history, supplies: supplies(input)).map {
            FirstTimerItem(handle: $0.handle, entry: journal.entries[$0.entry].path, date: $0.date, dueBy: $0.dueBy,
                           state: $0.state, daysOverdue: $0.state == .overdue ? asOf.days(since: $0.dueBy) : nil)
        }
    }

    static func goingCold(_ input: ReportInput) -> [ColdItem] {
        GoingCold.people(on: input.query.asOf, journal: input.journal, history: input.history,
                         supplies: supplies(input)).map {
            ColdItem(handle: $0.handle, lastOneToOne: $0.lastOneToOne, days: $0.days)
        }
    }

    /// Whether an entry supplies follow-ups, first-timers and people going cold: every entry, without filters.
    private static func supplies(_ input: ReportInput) -> (Entry) -> Bool {
        let (journal, query) = (input.journal, input.query)
        return query.isFiltered ? { query.matches($0, journal) } : { _ in true }
    }
}
