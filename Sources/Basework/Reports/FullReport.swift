/// The weekly reflection (`basework report`): every section of REPORTS.md for one query, computed once.
public struct FullReport: Encodable, Sendable {
    /// How much of the journal could be read.
    public struct JournalFigures: Encodable, Sendable {
        public var entries: Int
        public var leftOut: Int
    }

    /// The period reported on and the day things are judged on.
    public struct PeriodFigures: Encodable, Sendable {
        public var from: Day
        public var to: Day
        public var asOf: Day
    }

    /// How many problems the journal has (`basework check` lists them).
    public struct DiagnosticFigures: Encodable, Sendable {
        public var errors: Int
        public var warnings: Int
    }

    public var journal: JournalFigures
    public var period: PeriodFigures
    public var reach: ReachReport
    public var depth: DepthReport
    public var followUps: FollowUpsReport
    public var time: TimeReport
    public var justifications: JustificationsReport
    public var coverage: CoverageReport
    public var diagnostics: DiagnosticFigures
    /// The base share of the 8 weeks ending with the one that holds the period's end, oldest first, as
    /// `trend` gives it: how this period sits in the weeks before it.
    public var baseShareTrend: [WeekShare]

    /// One week's base share; nil with no person-time.
    public struct WeekShare: Encodable, Sendable {
        public var from: Day
        public var to: Day
        public var baseShare: Double?

        enum CodingKeys: String, CodingKey { case from, to, baseShare }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(baseShare.map(ReportNumber.share), forKey: .baseShare)
        }
    }

    public init(_ journal: Journal, _ history: History, _ query: Query) {
        self.journal = JournalFigures(entries: journal.entries.count, leftOut: journal.leftOut)
        period = PeriodFigures(from: query.period.from, to: query.period.to, asOf: query.asOf)
        reach = ReachReport(journal, history, query)
        depth = DepthReport(journal, history, query)
        followUps = FollowUpsReport(journal, query, history: history)
        time = TimeReport(journal, history, query)
        justifications = JustificationsReport(journal, history, query)
        coverage = CoverageReport(journal, query, history: history)
        diagnostics = DiagnosticFigures(errors: journal.errorCount, warnings: journal.warningCount)
        baseShareTrend = TrendReport(journal, history, query, by: .week, count: 8).periods.map {
            WeekShare(from: $0.from, to: $0.to, baseShare: $0.baseShare)
        }
    }
}

extension TrendReport {
    /// The trend over `count` weeks or months ending with the one that holds `query.period.to`,
    /// each period's base share, moved-up count and missing justifications taken from the
    /// time, depth and justifications reports for that period alone.
    public init(_ journal: Journal, _ history: History, _ query: Query, by unit: Unit, count: Int) {
        let periods = unit.periods(count: count, endingWith: query.period.to, weekStart: journal.settings.weekStart)
        self.init(journal, query, by: unit, periods: periods, history: history) { narrowed in
            Judged(baseShare: TimeReport(journal, history, narrowed).baseShare,
                   movedUp: DepthReport(journal, history, narrowed).movedUp.count,
                   justificationsMissing: JustificationsReport(journal, history, narrowed).missing.count)
        }
    }
}
