/// The weekly reflection (`basework report`): every section of REPORTS.md for one query, computed once.
public struct FullReport: Report {
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
        /// Whether `baseShare` meets the settings' goal; nil with no person-time.
        public var meetsGoal: Bool?

        enum CodingKeys: String, CodingKey { case from, to, baseShare }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(baseShare.map(ReportNumber.share), forKey: .baseShare)
        }
    }

    public init(_ input: ReportInput) {
        let (journal, query) = (input.journal, input.query)
        self.journal = JournalFigures(entries: journal.entries.count, leftOut: journal.leftOut)
        period = PeriodFigures(from: query.period.from, to: query.period.to, asOf: query.asOf)
        reach = ReachReport(input)
        depth = DepthReport(input)
        followUps = FollowUpsReport(input)
        time = TimeReport(input)
        justifications = JustificationsReport(input)
        coverage = CoverageReport(input)
        diagnostics = DiagnosticFigures(errors: journal.errorCount, warnings: journal.warningCount)
        baseShareTrend = TrendReport.Unit.week.periods(count: 8, endingWith: query.period.to, weekStart: journal.settings.weekStart)
            .map { week in
                let time = TimeReport(input.narrowed(to: week))
                return WeekShare(from: week.from, to: week.to, baseShare: time.baseShare, meetsGoal: time.meetsGoal)
            }
    }
}
