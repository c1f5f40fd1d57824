import ArgumentParser
import Basework

/// One run of a report command: the journal read once, its history, and the query, then the
/// document rendered in the chosen format. Every report command goes through here.
struct ReportRun {
    let journal: Journal
    let history: History
    let query: Query

    init(_ journalArgument: JournalArgument, _ cache: CacheOptions, _ period: PeriodOptions, _ filters: FilterOptions) throws {
        journal = try journalArgument.read(cache)
        let choice = period.choice
        do {
            let asOf = try choice.asOfDay(today: PeriodOptions.today)
            let range = try choice.period(asOf: asOf, weekStart: journal.settings.weekStart)
            query = Query(period: range, asOf: asOf, author: filters.author, struggle: filters.struggle)
        } catch {
            Output.error("basework: \(error.description)")
            throw ExitCode(2)
        }
        history = History(journal)
    }

    /// Renders the report, notes left-out entries on standard error, and applies `--strict`.
    func emit(_ body: ReportDocument.Body, _ output: OutputOptions) throws {
        if output.format == .csv && !CSVReport.supports(body) {
            Output.error("basework: --format csv is only for the one-table commands (people, time, followups, coverage, trend); "
                + "this report has several tables: use --format markdown, json or html")
            throw ExitCode(2)
        }
        var document = ReportDocument(header: ReportHeader(journal, query), body: body)
        if output.redact { document = Redaction.apply(document, roster: journal.roster) }
        switch output.format {
        case .json:
            Output.print(ReportJSON.render(document))
        case .text:
            Output.print(TextReport(style: Output.style()).render(document))
        case .markdown:
            Output.print(MarkdownReport.render(document))
        case .html:
            Output.print(HTMLReport.render(document))
        case .csv:
            Output.print(CSVReport.render(document) ?? "")
        }
        if !journal.diagnostics.isEmpty {
            var note = "basework: the journal has \(counted(journal.errorCount, "error")) and \(counted(journal.warningCount, "warning"))"
            if journal.leftOut > 0 { note += "; \(counted(journal.leftOut, "entry", "entries")) left out of this report" }
            Output.error(note + " (run `basework check` to see them)")
        }
        if output.strict && !journal.diagnostics.isEmpty { throw ExitCode(1) }
    }
}
