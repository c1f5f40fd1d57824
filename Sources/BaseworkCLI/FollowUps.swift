import ArgumentParser
import Basework

/// `basework followups`: open and overdue follow-ups, first-timers owed a one-to-one, people going cold.
struct FollowUps: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups",
        abstract: "What follow-up is pending: overdue, open, first-timers, going cold.")
    @OptionGroup var options: ReportOptions<PeriodOptions, TableFormat>

    func body(_ run: ReportRun) -> ReportDocument.Body { .followUps(FollowUpsReport(run.input)) }
}
