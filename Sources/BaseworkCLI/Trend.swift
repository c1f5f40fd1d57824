import ArgumentParser
import Basework

/// `basework trend`: the main figures week by week (or month by month).
struct Trend: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "The main figures period by period, ending with the chosen week or month.")
    @OptionGroup var options: ReportOptions<WholePeriodOptions, TableFormat>
    @Option(help: ArgumentHelp("How many weeks (default 8).", valueName: "N")) var weeks: Int?
    @Option(help: ArgumentHelp("How many months, instead of weeks.", valueName: "N")) var months: Int?

    func validate() throws {
        if weeks != nil && months != nil { throw ValidationError("give --weeks or --months, not both") }
        if let count = weeks ?? months, !(1...520).contains(count) { throw ValidationError("the number of periods must be from 1 to 520") }
    }

    func body(_ run: ReportRun) -> ReportDocument.Body {
        let unit: TrendReport.Unit = months != nil || options.period.month != nil ? .month : .week
        var input = run.input
        input.span = TrendReport.Span(unit: unit, count: months ?? weeks ?? 8)
        return .trend(TrendReport(input))
    }
}
