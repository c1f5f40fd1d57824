import ArgumentParser
import Basework

/// One run of a report command: the journal read once, its history, and the query, then the
/// document rendered in the chosen format. Every report command goes through here.
struct ReportRun {
    let journal: Journal
    let query: Query
    /// What every report is computed from.
    let input: ReportInput
    let journalArgument: JournalArgument
    /// The journal, `--as-of` and filters as given, for the commands that hints suggest.
    let rerun: String

    init(_ journalArgument: JournalArgument, _ cache: CacheOptions, _ choice: PeriodChoice, _ filters: FilterOptions) throws {
        self.journalArgument = journalArgument
        journal = try journalArgument.read(cache)
        do {
            let asOf = try choice.asOfDay(today: PeriodHelp.today)
            let range = try choice.period(asOf: asOf, weekStart: journal.settings.weekStart)
            query = Query(period: range, asOf: asOf, author: filters.author, struggle: filters.struggle,
                          person: filters.person, tag: filters.tag, group: filters.group)
        } catch {
            Output.error("basework: \(error.description)")
            throw ExitCode(2)
        }
        input = ReportInput(journal, query)
        var rerun = journalArgument.rerunArguments
        if choice.asOf != nil { rerun += " --as-of \(query.asOf)" }
        for (option, value) in [("author", filters.author), ("struggle", filters.struggle), ("person", filters.person),
                                ("tag", filters.tag), ("group", filters.group)] {
            if let value { rerun += " --\(option) \(ShellWord.quoted(value))" }
        }
        self.rerun = rerun
    }

    /// Renders the report to standard output or the `-o` file, notes left-out entries on standard
    /// error, and applies `--strict`.
    func emit<Format>(_ body: ReportDocument.Body, format: OutputFormat, _ output: OutputOptions<Format>) throws {
        var document = ReportDocument(header: ReportHeader(journal, query, history: input.history), body: body)
        if output.redact { document = Redaction.apply(document, journal: journal) }
        let text: String = switch format {
        case .json: JSONRenderer.render(document)
        case .text: TextRenderer(style: output.output == nil ? Output.style() : TerminalStyle(colour: false),
                               rerun: output.redact ? "" : rerun,
                               rerunJournal: output.redact ? "" : journalArgument.rerunArguments).render(document)
        case .markdown: MarkdownRenderer.render(document)
        case .html: HTMLRenderer.render(document)
        case .csv: CSVRenderer.render(document) ?? ""
        }
        try Output.write(text, to: output.output, journal: journal, root: journalArgument.root)
        if !journal.diagnostics.isEmpty {
            var note = "basework: the journal has \(counted(journal.errorCount, "error")) and \(counted(journal.warningCount, "warning"))"
            if journal.leftOut > 0 { note += "; \(counted(journal.leftOut, "entry", "entries")) left out of this report" }
            Output.error(note + " (run `basework check\(journalArgument.rerunArguments)` to see them)")
        }
        if output.strict && !journal.diagnostics.isEmpty { throw ExitCode(1) }
    }
}
