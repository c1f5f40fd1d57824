/// The main figures period by period, oldest first (REPORTS `trend`), each as `report` gives it for that
/// period alone. None depends on the as-of day.
public struct TrendReport: Report {
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

    /// How many weeks or months a trend shows: 8 weeks unless the command line asks otherwise.
    public struct Span: Hashable, Sendable {
        public var unit: Unit
        public var count: Int

        public init(unit: Unit = .week, count: Int = 8) {
            self.unit = unit
            self.count = count
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
        /// Whether `baseShare` meets the settings' goal; nil with no person-time.
        public var meetsGoal: Bool?
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
    /// The settings' goal for the base share, which `meetsGoal` judges against.
    public var baseShareGoal: Double

    enum CodingKeys: String, CodingKey { case by, periods }

    public init(by unit: Unit, periods: [Row], baseShareGoal: Double = Settings().baseShareGoal) {
        by = unit
        self.periods = periods
        self.baseShareGoal = baseShareGoal
    }

    /// The trend over `input.span` ending with the period that holds the query's period end, each
    /// period's base share, moved-up count and missing justifications taken from the time, depth and
    /// justifications reports for that period alone.
    public init(_ input: ReportInput) {
        let journal = input.journal
        let periods = input.span.unit.periods(count: input.span.count, endingWith: input.query.period.to,
                                              weekStart: journal.settings.weekStart)
        self.init(journal, input.query, by: input.span.unit, periods: periods, history: input.history) { narrowed in
            var one = input
            one.query = narrowed
            return Judged(baseShare: TimeReport(one).baseShare, movedUp: DepthReport(one).movedUp.count,
                          justificationsMissing: JustificationsReport(one).missing.count)
        }
    }

    /// The figures of each period, counted from the entries `query` matches (its period and as-of day are not
    /// used). `judged` gives the figures of the other reports for one period: it receives `query` narrowed
    /// to that period.
    init(_ journal: Journal, _ query: Query, by unit: Unit, periods: [Period], history: History? = nil,
         judged: (Query) -> Judged) {
        let history = history ?? History(journal)
        let rows = periods.sorted { $0.from < $1.from }.map { period in
            var narrowed = query
            narrowed.period = period
            let entries = narrowed.countedEntries(in: journal)
            let interactions = entries.flatMap { journal.entries[$0].interactions }
            let people = Set(interactions.map(\.handle))
            let others = judged(narrowed)
            return Row(from: period.from, to: period.to, entries: entries.count,
                       minutes: entries.reduce(0) { $0 + journal.entries[$1].minutes }, baseShare: others.baseShare,
                       meetsGoal: others.baseShare.map { $0 >= journal.settings.baseShareGoal },
                       people: people.count,
                       oneToOne: Set(interactions.filter { $0.rung.isOneToOne }.map(\.handle)).count,
                       firstContacts: people.count { history.firstMet($0).map(period.contains) == true },
                       crowd: entries.reduce(0) { $0 + journal.entries[$1].crowd },
                       movedUp: others.movedUp, justificationsMissing: others.justificationsMissing)
        }
        self.init(by: unit, periods: rows, baseShareGoal: journal.settings.baseShareGoal)
    }
}
