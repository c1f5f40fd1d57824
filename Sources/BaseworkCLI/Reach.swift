import ArgumentParser
import Basework

/// `basework reach`: who was reached, one-to-one or only one-to-many.
struct Reach: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "Who was reached: named people, new and returning, and the crowd.")
    @OptionGroup var options: ReportOptions<PeriodOptions, DocumentFormat>

    func body(_ run: ReportRun) -> ReportDocument.Body { .reach(ReachReport(run.input)) }
}
