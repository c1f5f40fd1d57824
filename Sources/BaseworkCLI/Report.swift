import ArgumentParser
import Basework

/// `basework report`: the weekly reflection, every section in order.
struct Report: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The weekly reflection: reach, depth, follow-ups, time, justifications and coverage.")
    @OptionGroup var options: ReportOptions<PeriodOptions, DocumentFormat>

    func body(_ run: ReportRun) -> ReportDocument.Body { .full(FullReport(run.input)) }
}
