import ArgumentParser
import Basework

/// `basework justify`: entries that need a justification, with it quoted or flagged as missing.
struct Justify: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "justify",
        abstract: "Is it justified: entries that need a justification, given or missing.")
    @OptionGroup var options: ReportOptions<PeriodOptions, DocumentFormat>

    func body(_ run: ReportRun) -> ReportDocument.Body { .justifications(JustificationsReport(run.input)) }
}
