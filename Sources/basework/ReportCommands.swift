import ArgumentParser
import Basework

/// `basework report`: the weekly reflection, every section in order.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The weekly reflection: reach, depth, follow-ups, time, justifications and coverage.")
    @OptionGroup var journalArgument: JournalArgument
    @OptionGroup var period: PeriodOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let run = try ReportRun(journalArgument, period, filters)
        try run.emit(.full(FullReport(run.journal, run.history, run.query)), output)
    }
}

/// `basework reach`: who was reached, one-to-one or only one-to-many.
struct Reach: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Who was reached: named people, new and returning, and the crowd.")
    @OptionGroup var journalArgument: JournalArgument
    @OptionGroup var period: PeriodOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let run = try ReportRun(journalArgument, period, filters)
        try run.emit(.reach(ReachReport(run.journal, run.history, run.query)), output)
    }
}

/// `basework depth`: where base people stand on the ladder, and who moved up.
struct Depth: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "How deeply: the ladder, and who moved up.")
    @OptionGroup var journalArgument: JournalArgument
    @OptionGroup var period: PeriodOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let run = try ReportRun(journalArgument, period, filters)
        try run.emit(.depth(DepthReport(run.journal, run.history, run.query)), output)
    }
}

/// `basework followups`: open and overdue follow-ups, first-timers owed a one-to-one, people going cold.
struct FollowUps: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "followups", abstract: "What follow-up is pending: overdue, open, first-timers, going cold.")
    @OptionGroup var journalArgument: JournalArgument
    @OptionGroup var period: PeriodOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let run = try ReportRun(journalArgument, period, filters)
        try run.emit(.followUps(FollowUpsReport(run.journal, run.query, history: run.history)), output)
    }
}

/// `basework time`: who the period's work had us spending the most time with.
struct Time: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Who our time went to: by role, standing, format, mode, activity and aim.")
    @OptionGroup var journalArgument: JournalArgument
    @OptionGroup var period: PeriodOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let run = try ReportRun(journalArgument, period, filters)
        try run.emit(.time(TimeReport(run.journal, run.history, run.query)), output)
    }
}

/// `basework justify`: entries that need a justification, with it quoted or flagged as missing.
struct Justify: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Is it justified: entries that need a justification, given or missing.")
    @OptionGroup var journalArgument: JournalArgument
    @OptionGroup var period: PeriodOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let run = try ReportRun(journalArgument, period, filters)
        try run.emit(.justifications(JustificationsReport(run.journal, run.history, run.query)), output)
    }
}

/// `basework coverage`: the base group by group, and who has not been reached yet.
struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The base group by group: reached, one-to-one, and who has not been reached.")
    @OptionGroup var journalArgument: JournalArgument
    @OptionGroup var period: PeriodOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let run = try ReportRun(journalArgument, period, filters)
        try run.emit(.coverage(CoverageReport(run.journal, run.query, history: run.history)), output)
    }
}
