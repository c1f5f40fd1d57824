/// The main figures period by period, oldest first (REPORTS `trend`), each as `report` gives it for that
/// period alone. None depends on the as-of day.
public struct TrendReport: Encodable, Sendable {
    /// Weeks (on the settings' week start) or calendar months.
    public enum Unit: String, Hashable, Encodable, Sendable {
        case week, month

        /// The `count` periods ending with the one that holds `day`, oldest first.
        public func periods(count: Int, endingWith day: Day, weekStart: Settings.WeekStart) -> [Period] {
            var periods: [Period] = []
            var holding = day
            while periods.count < count {
                let period = self == .week ? Period.week(holding: holding, start: weekStart)
                                           : Period.month(holding: holding)
                periods.append(period)
                holding = period.from.adding(days: -1)
            }
            return periods.reversed()
        }
    }

    /// The figures that other reports judge: `time.baseShare`, the length of `depth.movedUp` and of
    /// `justifications.missing`.
    public struct Judged: Hashable, Sendable {
        public var baseShare: Double?
        public var movedUp: Int
        public var justificationsMissing: Int

        public init(baseShare: Double?, movedUp: Int, justificationsMissing: Int) {
            self.baseShare = baseShare
            self.movedUp = movedUp
            self.justificationsMissing = justificationsMissing
        }
    }

    /// One period's figures.
    public struct Row: Hashable, Encodable, Sendable {
        public var from: Day
        public var to: Day
        /// Matching entries dated in the period.
        public var entries: Int
        /// Their summed durations.
        public var minutes: Double
        /// Base person-time over all person-time; nil with no person-time.
        public var baseShare: Double?
        /// Distinct people with an interaction in those entries.
        public var people: Int
        /// Of them, those with a one-to-one in them.
        public var oneToOne: Int
        /// Of them, those whose first interaction ever (whole journal) is in the period.
        public var firstContacts: Int
        public var crowd: Int
        public var movedUp: Int
        public var justificationsMissing: Int

        enum CodingKeys: String, CodingKey {
            case from, to, entries, minutes, baseShare, people, oneToOne, firstContacts, crowd, movedUp
            case justificationsMissing
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(entries, forKey: .entries)
            try container.encode(ReportNumber.minutes(minutes), forKey: .minutes)
            if let baseShare {
                try container.encode(ReportNumber.share(baseShare), forKey: .baseShare)
            } else {
                try container.encodeNil(forKey: .baseShare)
            }
            try container.encode(people, forKey: .people)
            try container.encode(oneToOne, forKey: .oneToOne)
            try container.encode(firstContacts, forKey: .firstContacts)
            try container.encode(crowd, forKey: .crowd)
            try container.encode(movedUp, forKey: .movedUp)
            try container.encode(justificationsMissing, forKey: .justificationsMissing)
        }
    }

    public var by: Unit
    /// Oldest first.
    public var periods: [Row]

    public init(by unit: Unit, periods: [Row]) {
        by = unit
        self.periods = periods
    }

    /// The figures of each period, counted from the entries `query` matches (its period and as-of day are not
    /// used). `judged` gives the figures of the other reports for one period: it receives `query` narrowed
    /// to that period.
    public init(_ journal: Journal, _ query: Query, by unit: Unit, periods: [Period], history: History? = nil,
                judged: (Query) -> Judged) {
        let history = history ?? History(journal)
        let rows = periods.sorted { $0.from < $1.from }.map { period in
            var narrowed = query
            narrowed.period = period
            let entries = journal.entries.filter { period.contains($0.date) && query.matches($0, journal) }
            let interactions = entries.flatMap(\.interactions)
            let people = Set(interactions.map(\.handle))
            let others = judged(narrowed)
            return Row(from: period.from, to: period.to, entries: entries.count,
                       minutes: entries.reduce(0) { $0 + $1.minutes }, baseShare: others.baseShare,
                       people: people.count,
                       oneToOne: Set(interactions.filter { $0.rung.isOneToOne }.map(\.handle)).count,
                       firstContacts: people.count { history.firstMet($0).map(period.contains) == true },
                       crowd: entries.reduce(0) { $0 + $1.crowd },
                       movedUp: others.movedUp, justificationsMissing: others.justificationsMissing)
        }
        self.init(by: unit, periods: rows)
    }
}
