import ArgumentParser
import Basework

/// One run of a report command: the journal read once, its history, and the query, then the
/// document rendered in the chosen format. Every report command goes through here.
struct ReportRun {
    let journal: Journal
    let history: History
    let query: Query

    init(_ journalArgument: JournalArgument, _ period: PeriodOptions, _ filters: FilterOptions) throws {
        journal = try journalArgument.read()
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
        let document = ReportDocument(header: ReportHeader(journal, query), body: body)
        switch output.format {
        case .json:
            Output.print(ReportJSON.render(document))
        case .text:
            Output.print(TextReport(style: Output.style()).render(document))
        case .markdown, .html, .csv:
            Output.error("basework: --format \(output.format.rawValue) is not available yet; use text or json")
            throw ExitCode(2)
        }
        if !journal.diagnostics.isEmpty {
            var note = "basework: the journal has \(counted(journal.errorCount, "error")) and \(counted(journal.warningCount, "warning"))"
            if journal.leftOut > 0 { note += "; \(counted(journal.leftOut, "entry", "entries")) left out of this report" }
            Output.error(note + " (run `basework check` to see them)")
        }
        if output.strict && !journal.diagnostics.isEmpty { throw ExitCode(1) }
    }
}
