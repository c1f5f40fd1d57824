import ArgumentParser
import Basework

/// `basework coverage`: the base group by group, and who has not been reached yet.
struct Coverage: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "The base group by group: reached, one-to-one, and who has not been reached.")
    @OptionGroup var options: ReportOptions<PeriodOptions, TableFormat>

    func body(_ run: ReportRun) -> ReportDocument.Body { .coverage(CoverageReport(run.input)) }
}
