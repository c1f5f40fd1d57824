import ArgumentParser
import Basework

/// The options every report command takes: the journal, the period, the filters and the output.
struct ReportOptions: ParsableArguments {
    @OptionGroup var journalArgument: JournalArgument
    @OptionGroup var cache: CacheOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions
}

/// A report command: reads the journal once, computes its one report, and renders it.
protocol ReportCommand: ParsableCommand {
    var options: ReportOptions { get }
    /// The report this command prints.
    func body(_ run: ReportRun) throws -> ReportDocument.Body
}

extension ReportCommand {
    func run() throws {
        let run = try ReportRun(options.journalArgument, options.cache, options.period, options.filters)
        try run.emit(try body(run), options.output)
    }
}
