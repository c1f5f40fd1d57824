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

    /// Every section is independent of the others: they are computed on all cores, the follow-ups (the
    /// longest) in several ranges of entries, and put together in order.
    public init(_ input: ReportInput) {
        let (journal, query) = (input.journal, input.query)
        self.journal = JournalFigures(entries: journal.entries.count, leftOut: journal.leftOut)
        period = PeriodFigures(from: query.period.from, to: query.period.to, asOf: query.asOf)
        diagnostics = DiagnosticFigures(errors: journal.errorCount, warnings: journal.warningCount)
        let weeks = TrendReport.Unit.week.periods(count: 8, endingWith: query.period.to, weekStart: journal.settings.weekStart)
        let ranges = OnAllCores.ranges(journal.entries.count, parts: FullReport.followUpParts)
        var pieces: [@Sendable () -> Piece] = ranges.map { range in { .followUps(FollowUpsReport.listed(input, from: range)) } }
        pieces += [
            { .firstTimers(FollowUpsReport.firstTimers(input)) },
            { .coverage(CoverageReport(input)) },
            { .depth(DepthReport(input)) },
            { .goingCold(FollowUpsReport.goingCold(input)) },
            { .reach(ReachReport(input)) },
            { .time(TimeReport(input)) },
            { .justifications(JustificationsReport(input)) },
        ]
        // The week that is the period itself is the time section's.
        pieces += weeks.filter { $0 != query.period }.map { week in { .week(week, TimeReport(input.narrowed(to: week))) } }

        var listed: [FollowUpsReport.Listed] = [], firstTimers: [FollowUpsReport.FirstTimerItem] = []
        var goingCold: [FollowUpsReport.ColdItem] = []
        var reach: ReachReport?, depth: DepthReport?, time: TimeReport?, justifications: JustificationsReport?
        var coverage: CoverageReport?, byWeek: [Period: TimeReport] = [:]
        for piece in OnAllCores.values(pieces) {
            switch piece {
            case .followUps(let part): listed.append(part)
            case .firstTimers(let items): firstTimers = items
            case .goingCold(let items): goingCold = items
            case .reach(let section): reach = section
            case .depth(let section): depth = section
            case .time(let section): time = section
            case .justifications(let section): justifications = section
            case .coverage(let section): coverage = section
            case .week(let week, let section): byWeek[week] = section
            }
        }
        byWeek[query.period] = time
        self.reach = reach!
        self.depth = depth!
        followUps = FollowUpsReport(listed, firstTimers: firstTimers, goingCold: goingCold)
        self.time = time!
        self.justifications = justifications!
        self.coverage = coverage!
        baseShareTrend = weeks.map { week in
            let time = byWeek[week]!
            return WeekShare(from: week.from, to: week.to, baseShare: time.baseShare, meetsGoal: time.meetsGoal)
        }
    }

    /// One section, or one part of one, as computed on its own.
    private enum Piece: Sendable {
        case followUps(FollowUpsReport.Listed)
        case firstTimers([FollowUpsReport.FirstTimerItem])
        case goingCold([FollowUpsReport.ColdItem])
        case reach(ReachReport)
        case depth(DepthReport)
        case time(TimeReport)
        case justifications(JustificationsReport)
        case coverage(CoverageReport)
        case week(Period, TimeReport)
    }

    /// How many ranges of entries the follow-ups are listed in: enough for two cores to share them
    /// evenly with the other sections.
    static let followUpParts = 4
}
