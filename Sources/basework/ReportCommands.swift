import ArgumentParser
import Basework

/// `basework report`: the weekly reflection, every section in order.
struct Report: ReportCommand {
    static let configuration = CommandConfiguration(abstract: "The weekly reflection: reach, depth, follow-ups, time, justifications and coverage.")
    @OptionGroup var options: ReportOptions

    func body(_ run: ReportRun) -> ReportDocument.Body { .full(FullReport(run.journal, run.history, run.query)) }
}

/// `basework reach`: who was reached, one-to-one or only one-to-many.
struct Reach: ReportCommand {
    static let configuration = CommandConfiguration(abstract: "Who was reached: named people, new and returning, and the crowd.")
    @OptionGroup var options: ReportOptions

    func body(_ run: ReportRun) -> ReportDocument.Body { .reach(ReachReport(run.journal, run.history, run.query)) }
}

/// `basework depth`: where base people stand on the ladder, and who moved up.
struct Depth: ReportCommand {
    static let configuration = CommandConfiguration(abstract: "How deeply: the ladder, and who moved up.")
    @OptionGroup var options: ReportOptions

    func body(_ run: ReportRun) -> ReportDocument.Body { .depth(DepthReport(run.journal, run.history, run.query)) }
}

/// `basework followups`: open and overdue follow-ups, first-timers owed a one-to-one, people going cold.
struct FollowUps: ReportCommand {
    static let configuration = CommandConfiguration(commandName: "followups", abstract: "What follow-up is pending: overdue, open, first-timers, going cold.")
    @OptionGroup var options: ReportOptions

    func body(_ run: ReportRun) -> ReportDocument.Body { .followUps(FollowUpsReport(run.journal, run.query, history: run.history)) }
}

/// `basework time`: who the period's work had us spending the most time with.
struct Time: ReportCommand {
    static let configuration = CommandConfiguration(abstract: "Who our time went to: by role, standing, format, mode, activity and aim.")
    @OptionGroup var options: ReportOptions

    func body(_ run: ReportRun) -> ReportDocument.Body { .time(TimeReport(run.journal, run.history, run.query)) }
}

/// `basework justify`: entries that need a justification, with it quoted or flagged as missing.
struct Justify: ReportCommand {
    static let configuration = CommandConfiguration(abstract: "Is it justified: entries that need a justification, given or missing.")
    @OptionGroup var options: ReportOptions

    func body(_ run: ReportRun) -> ReportDocument.Body { .justifications(JustificationsReport(run.journal, run.history, run.query)) }
}

/// `basework coverage`: the base group by group, and who has not been reached yet.
struct Coverage: ReportCommand {
    static let configuration = CommandConfiguration(abstract: "The base group by group: reached, one-to-one, and who has not been reached.")
    @OptionGroup var options: ReportOptions

    func body(_ run: ReportRun) -> ReportDocument.Body { .coverage(CoverageReport(run.journal, run.query, history: run.history)) }
}
