import Basework

/// The period and as-of day asked for on the command line (REPORTS "Options"), as written:
/// `--week [YYYY-Www|last|this]`, `--month [YYYY-MM|last|this]`, `--from DATE [--to DATE]` and
/// `--as-of DATE`, where a DATE may also be `today` or `yesterday`.
struct PeriodChoice: Hashable, Sendable {
    /// `--week`: nil when not given; `this` when given without a value (the week holding the as-of day).
    var week: String?
    /// `--month`: nil when not given; `this` when given without a value (the month holding the as-of day).
    var month: String?
    var from: String?
    var to: String?
    /// `--as-of`: nil for today.
    var asOf: String?

    init(week: String? = nil, month: String? = nil, from: String? = nil, to: String? = nil, asOf: String? = nil) {
        self.week = week
        self.month = month
        self.from = from
        self.to = to
        self.asOf = asOf
    }

    /// Why a choice cannot be turned into a period, in words for the command line.
    struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        var description: String
    }

    /// The as-of day: `--as-of` (`today` and `yesterday` counted from the clock), else today.
    /// `today` is asked for only when needed (finding it loads the time zone data).
    func asOfDay(today: @autoclosure () -> Day) throws(Problem) -> Day {
        guard let asOf else { return today() }
        return try PeriodChoice.day(asOf, option: "--as-of", today: today())
    }

    /// The period: the one named, else the week (on `weekStart`) that holds the as-of day.
    /// In `--from` and `--to`, `today` and `yesterday` are counted from the as-of day.
    func period(asOf: Day, weekStart: Settings.WeekStart) throws(Problem) -> Period {
        let ways = [week != nil, month != nil, from != nil || to != nil].count(where: { $0 })
        guard ways <= 1 else {
            throw Problem(description: "--week, --month and --from/--to each choose the period: give only one")
        }
        if let week { return try PeriodChoice.week(week, asOf: asOf, weekStart: weekStart) }
        if let month { return try PeriodChoice.month(month, asOf: asOf) }
        switch (from, to) {
        case let (from?, to):
            let first = try PeriodChoice.day(from, option: "--from", today: asOf)
            var last = asOf
            if let to { last = try PeriodChoice.day(to, option: "--to", today: asOf) }
            guard first <= last else {
                throw Problem(description: to == nil ? "--from \(first) is after the as-of day \(last): give --to as well, or an earlier --from"
                    : "--from \(first) is after --to \(last)")
            }
            return Period(from: first, to: last)
        case (nil, _?):
            throw Problem(description: "--to needs --from: the period runs from one day to another, both included")
        case (nil, nil):
            return Period.week(holding: asOf, start: weekStart)
        }
    }

    /// `YYYY-MM-DD`, `today` or `yesterday` (counted from `today`).
    static func day(_ text: String, option: String, today: Day) throws(Problem) -> Day {
        switch text.lowercased() {
        case "today": return today
        case "yesterday": return today.adding(days: -1)
        default: break
        }
        guard let day = Day(iso: text) else {
            throw Problem(description: "\(option): '\(text)' is not a date; expected YYYY-MM-DD, today or yesterday, such as 2026-11-20")
        }
        return day
    }

    /// `YYYY-Www` (or `YYYY-Ww`, `w` in either case), `this` (the week holding the as-of day) or `last`.
    static func week(_ text: String, asOf: Day, weekStart: Settings.WeekStart) throws(Problem) -> Period {
        switch text.lowercased() {
        case "this": return Period.week(holding: asOf, start: weekStart)
        case "last": return Period.week(holding: asOf.adding(days: -7), start: weekStart)
        default: break
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = number(parts[0]),
              parts[1].first == "W" || parts[1].first == "w",
              (2...3).contains(parts[1].count), let week = number(parts[1].dropFirst())
        else {
            throw Problem(description: "--week: '\(text)' is not a week; expected YYYY-Www, last or this, such as 2026-W47")
        }
        guard let period = Period.isoWeek(year: year, week: week, start: weekStart) else {
            let weeks = Period.isoWeek(year: year, week: 53, start: .monday) == nil ? 52 : 53
            throw Problem(description: "--week: \(year) has no week \(week); its weeks run from W01 to W\(weeks)")
        }
        return period
    }

    /// `YYYY-MM`, `this` (the month holding the as-of day) or `last`.
    static func month(_ text: String, asOf: Day) throws(Problem) -> Period {
        switch text.lowercased() {
        case "this": return Period.month(holding: asOf)
        case "last": return Period.month(holding: Period.month(holding: asOf).from.adding(days: -1))
        default: break
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = number(parts[0]), let month = number(parts[1])
        else {
            throw Problem(description: "--month: '\(text)' is not a month; expected YYYY-MM, last or this, such as 2026-11")
        }
        guard let period = Period.month(year: year, month: month) else {
            throw Problem(description: "--month: \(text) is not a month; months run from 01 to 12")
        }
        return period
    }

    /// A number written only in ASCII digits (no sign, no space).
    static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
