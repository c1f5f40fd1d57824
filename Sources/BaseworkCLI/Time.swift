import ArgumentParser
import Basework

/// `basework time`: who the period's work had us spending the most time with.
struct Time: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "time",
        abstract: "Who our time went to: by role, standing, format, mode, activity and aim.")
    @OptionGroup var options: ReportOptions<PeriodOptions, TableFormat>

    func body(_ run: ReportRun) -> ReportDocument.Body { .time(TimeReport(run.input)) }
}
