import ArgumentParser
import Basework

/// `basework depth`: where base people stand on the ladder, and who moved up.
struct Depth: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "depth",
        abstract: "How deeply: the ladder, and who moved up.")
    @OptionGroup var options: ReportOptions<PeriodOptions, DocumentFormat>

    func body(_ run: ReportRun) -> ReportDocument.Body { .depth(DepthReport(run.input)) }
}
