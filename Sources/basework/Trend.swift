import ArgumentParser
import Basework

/// `basework trend`: the main figures week by week (or month by month).
struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The main figures period by period, ending with the chosen week or month.")
    @OptionGroup var journalArgument: JournalArgument
    @OptionGroup var period: PeriodOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "How many weeks (default 8).") var weeks: Int?
    @Option(help: "How many months, instead of weeks.") var months: Int?

    func validate() throws {
        if period.from != nil || period.to != nil { throw ValidationError("trend counts whole weeks or months: use --week or --month, not --from/--to") }
        if weeks != nil && months != nil { throw ValidationError("give --weeks or --months, not both") }
        if let count = weeks ?? months, !(1...520).contains(count) { throw ValidationError("the number of periods must be from 1 to 520") }
    }

    func run() throws {
        let run = try ReportRun(journalArgument, period, filters)
        let unit: TrendReport.Unit = months != nil || period.month != nil ? .month : .week
        let count = months ?? weeks ?? 8
        try run.emit(.trend(TrendReport(run.journal, run.history, run.query, by: unit, count: count)), output)
    }
}
