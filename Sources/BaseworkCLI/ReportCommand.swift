import ArgumentParser
import Basework

/// The options every report command takes: the journal, the period, the filters and the output, with
/// the period options and the formats that the command takes.
struct ReportOptions<Periods: PeriodInput, Format: FormatChoice>: ParsableArguments {
    @OptionGroup var journalArgument: JournalArgument
    @OptionGroup var cache: CacheOptions
    @OptionGroup var period: Periods
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions<Format>
}

/// A report command: reads the journal once, computes its one report, and renders it.
protocol ReportCommand: ParsableCommand {
    associatedtype Periods: PeriodInput
    associatedtype Format: FormatChoice
    var options: ReportOptions<Periods, Format> { get }
    /// The report this command prints.
    func body(_ run: ReportRun) throws -> ReportDocument.Body
}

extension ReportCommand {
    func run() throws {
        let format = try options.output.chosenFormat()
        let run = try ReportRun(options.journalArgument, options.cache, options.period.choice, options.filters)
        try run.emit(try body(run), format: format, options.output)
        KeptUntilExit.keep(run)
    }
}
