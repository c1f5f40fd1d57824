import ArgumentParser
import Basework
import Foundation

/// The period and the as-of day, shared by every report command (REPORTS "Options").
struct PeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The ISO week YYYY-Www (without a value: the week holding the as-of day).", valueName: "YYYY-Www"))
    var week: String?
    @Option(help: ArgumentHelp("The month YYYY-MM (without a value: the month holding the as-of day).", valueName: "YYYY-MM"))
    var month: String?
    @Option(help: ArgumentHelp("The first day of the period, with --to.", valueName: "DATE"))
    var from: String?
    @Option(help: ArgumentHelp("The last day of the period (inclusive), with --from.", valueName: "DATE"))
    var to: String?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day overdue, pending and cold are judged on (default: today).", valueName: "DATE"))
    var asOf: String?

    var choice: PeriodChoice { PeriodChoice(week: week, month: month, from: from, to: to, asOf: asOf) }

    /// Today in the local time zone.
    static var today: Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// `--week` and `--month` may be given without a value; ArgumentParser needs one, so an empty value
    /// is filled in before parsing when the next word is not a week or month.
    static func fillingEmptyValues(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (index, argument) in arguments.enumerated() {
            guard argument == "--week" || argument == "--month" else {
                result.append(argument)
                continue
            }
            let next = index + 1 < arguments.count ? arguments[index + 1] : ""
            let looksLikeValue = next.first?.isNumber == true && next.contains("-")
            result.append(looksLikeValue ? argument : argument + "=")
        }
        return result
    }
}

/// `--author` and `--struggle`: only matching entries supply what is listed and counted.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only entries written by this author.", valueName: "HANDLE"))
    var author: String?
    @Option(help: ArgumentHelp("Only entries of this struggle.", valueName: "SLUG"))
    var struggle: String?
}

/// How a report is written out.
struct OutputOptions: ParsableArguments {
    @Option(help: "text (default), markdown, json, html or csv.")
    var format: OutputFormat = .text
    @Flag(help: "For sharing with a wider group: no name, handle, group, path or free text from the journal; people become labels by role (base-1, officer-1, ...).")
    var redact = false
    @Flag(help: "Exit 1 if the journal has any diagnostic.")
    var strict = false
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, html, csv
}
