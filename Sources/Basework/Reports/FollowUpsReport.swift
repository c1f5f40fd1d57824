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
        let (journal, history, query) = (input.journal, input.history, input.query)
        let asOf = query.asOf
        let supplies = { (entry: Entry) in query.matches(entry, journal) }
        var overdue: [Item] = [], open: [Item] = [], satisfied: [Item] = [], done: [Item] = []
        for (index, entry) in journal.entries.enumerated() where entry.date <= asOf && supplies(entry) {
            for followUp in entry.followUps.sorted(by: { $0.line < $1.line }) {
                var item = Item(entry: entry.path, date: entry.date, line: followUp.line, text: followUp.text,
                                people: followUp.people, due: followUp.due)
                switch FollowUpState(of: followUp, inEntry: index, journal: journal, history: history, on: asOf) {
                case .done:
                    if query.period.contains(entry.date) { done.append(item) }
                case .satisfied(let by):
                    let completing = journal.entries[by]
                    if query.period.contains(completing.date) {
                        item.by = completing.path
                        satisfied.append(item)
                    }
                case .overdue(let days):
                    item.daysOverdue = days
                    overdue.append(item)
                case .open:
                    open.append(item)
                }
            }
        }
        self.overdue = overdue
        self.open = open
        self.satisfied = satisfied
        self.done = done
        firstTimers = FirstTimer.owed(on: asOf, journal: journal, history: history, supplies: supplies).map {
            FirstTimerItem(handle: $0.handle, entry: journal.entries[$0.entry].path, date: $0.date, dueBy: $0.dueBy,
                           state: $0.state, daysOverdue: $0.state == .overdue ? asOf.days(since: $0.dueBy) : nil)
        }
        goingCold = GoingCold.people(on: asOf, journal: journal, history: history, supplies: supplies).map {
            ColdItem(handle: $0.handle, lastOneToOne: $0.lastOneToOne, days: $0.days)
        }
    }
}
