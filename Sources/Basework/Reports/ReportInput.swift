/// The one value every report is a function of (as hledger's `ReportSpec -> Journal -> Report`): the
/// journal, its history (built once per run), the query (period, as-of day, filters), and what the two
/// reports with a subject need: the person `person` is about, and how many periods `trend` shows.
public struct ReportInput: Sendable {
    public var journal: Journal
    public var history: History
    public var query: Query
    /// The handle or alias `basework person` asks about (with or without `@`); nil for the other reports.
    public var subject: String?
    /// The periods `trend` shows, ending with the one that holds the query's period end.
    public var span: TrendReport.Span

    public init(_ journal: Journal, _ query: Query, history: History? = nil, subject: String? = nil,
                span: TrendReport.Span = .init()) {
        self.journal = journal
        self.history = history ?? History(journal)
        self.query = query
        self.subject = subject
        self.span = span
    }

    /// The same input for another period: how `report` and `trend` look at the weeks around one.
    public func narrowed(to period: Period) -> ReportInput {
        var input = self
        input.query.period = period
        return input
    }
}
