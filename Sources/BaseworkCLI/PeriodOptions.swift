import ArgumentParser
import Basework
import Foundation

/// The options that choose a report's period and as-of day.
protocol PeriodInput: ParsableArguments {
    /// The period as written on the command line.
    var choice: PeriodChoice { get }
}

/// The period and the as-of day, shared by every report command that covers one period (REPORTS "Options").
struct PeriodOptions: PeriodInput {
    @Option(name: [.customShort("w"), .long], help: PeriodHelp.week) var week: String?
    @Option(name: [.customShort("m"), .long], help: PeriodHelp.month) var month: String?
    @Option(name: [.customShort("f"), .long],
            help: ArgumentHelp("The first day of the period (to --to, else to the as-of day).", valueName: "DATE"))
    var from: String?
    @Option(name: [.customShort("t"), .long], help: ArgumentHelp("The last day of the period (inclusive), with --from.", valueName: "DATE"))
    var to: String?
    @Option(name: .customLong("as-of"), help: PeriodHelp.asOf) var asOf: String?

    var choice: PeriodChoice { PeriodChoice(week: week, month: month, from: from, to: to, asOf: asOf) }
}

/// The last week or month of a `trend`, and the as-of day: whole periods only, so no `--from`/`--to`.
struct WholePeriodOptions: PeriodInput {
    @Option(name: [.customShort("w"), .long], help: PeriodHelp.week) var week: String?
    @Option(name: [.customShort("m"), .long], help: PeriodHelp.month) var month: String?
    @Option(name: .customLong("as-of"), help: PeriodHelp.asOf) var asOf: String?

    var choice: PeriodChoice { PeriodChoice(week: week, month: month, asOf: asOf) }
}

/// The as-of day alone, for the commands judged on one day over the whole journal (`people`, `person`).
struct AsOfOptions: PeriodInput {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day everything is judged on (default: today).", valueName: "DATE"))
    var asOf: String?

    var choice: PeriodChoice { PeriodChoice(asOf: asOf) }
}

/// The help shared by the period options.
enum PeriodHelp {
    static let week = ArgumentHelp("The week: YYYY-Www, last or this; alone, the week holding the as-of day.",
                                   valueName: "YYYY-Www|last|this")
    static let month = ArgumentHelp("The month: YYYY-MM, last or this; alone, the month holding the as-of day.",
                                    valueName: "YYYY-MM|last|this")
    static let asOf = ArgumentHelp("The day overdue, pending and cold are judged on (default: today).", valueName: "DATE")

    /// Today in the local time zone.
    static var today: Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
