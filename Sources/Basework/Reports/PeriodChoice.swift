/// The period and as-of day asked for on the command line (REPORTS "Options"): `--week [YYYY-Www]`,
/// `--month [YYYY-MM]`, `--from DATE --to DATE` (inclusive) and `--as-of DATE`, as written.
public struct PeriodChoice: Hashable, Sendable {
    /// `--week`: nil when not given, empty when given without a value (the week holding the as-of day).
    public var week: String?
    /// `--month`: nil when not given, empty when given without a value (the month holding the as-of day).
    public var month: String?
    public var from: String?
    public var to: String?
    /// `--as-of`: nil for today.
    public var asOf: String?

    public init(week: String? = nil, month: String? = nil, from: String? = nil, to: String? = nil,
                asOf: String? = nil) {
        self.week = week
        self.month = month
        self.from = from
        self.to = to
        self.asOf = asOf
    }

    /// Why a choice cannot be turned into a period, in words for the command line.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The as-of day: `--as-of`, else today.
    /// `today` is asked for only when `--as-of` is not given (finding it loads the time zone data).
    public func asOfDay(today: @autoclosure () -> Day) throws(Problem) -> Day {
        guard let asOf else { return today() }
        return try PeriodChoice.day(asOf, option: "--as-of")
    }

    /// The period: the one named, else the week (on `weekStart`) that holds the as-of day.
    public func period(asOf: Day, weekStart: Settings.WeekStart) throws(Problem) -> Period {
        let ways = [week != nil, month != nil, from != nil || to != nil].count(where: { $0 })
        guard ways <= 1 else {
            throw Problem(description: "--week, --month and --from/--to each choose the period: give only one")
        }
        if let week { return try PeriodChoice.week(week, asOf: asOf, weekStart: weekStart) }
        if let month { return try PeriodChoice.month(month, asOf: asOf) }
        switch (from, to) {
        case let (from?, to?):
            let first = try PeriodChoice.day(from, option: "--from")
            let last = try PeriodChoice.day(to, option: "--to")
            guard first <= last else { throw Problem(description: "--from \(first) is after --to \(last)") }
            return Period(from: first, to: last)
        case (_?, nil):
            throw Problem(description: "--from needs --to: the period runs from one day to another, both included")
        case (nil, _?):
            throw Problem(description: "--to needs --from: the period runs from one day to another, both included")
        case (nil, nil):
            return Period.week(holding: asOf, start: weekStart)
        }
    }

    static func day(_ text: String, option: String) throws(Problem) -> Day {
        guard let day = Day(iso: text) else {
            throw Problem(description: "\(option): '\(text)' is not a date; expected YYYY-MM-DD, such as 2026-11-20")
        }
        return day
    }

    /// `YYYY-Www` (or `YYYY-Ww`, `w` in either case); empty for the week holding the as-of day.
    static func week(_ text: String, asOf: Day, weekStart: Settings.WeekStart) throws(Problem) -> Period {
        if text.isEmpty { return Period.week(holding: asOf, start: weekStart) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = number(parts[0]),
              parts[1].first == "W" || parts[1].first == "w",
              (2...3).contains(parts[1].count), let week = number(parts[1].dropFirst())
        else {
            throw Problem(description: "--week: '\(text)' is not a week; expected YYYY-Www, such as 2026-W47")
        }
        guard let period = Period.isoWeek(year: year, week: week, start: weekStart) else {
            throw Problem(description: "--week: \(year) has no week \(week); its weeks run from W01 to "
                + "W\(Period.isoWeeksIn(year: year))")
        }
        return period
    }

    /// `YYYY-MM`; empty for the month holding the as-of day.
    static func month(_ text: String, asOf: Day) throws(Problem) -> Period {
        if text.isEmpty { return Period.month(holding: asOf) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = number(parts[0]), let month = number(parts[1])
        else {
            throw Problem(description: "--month: '\(text)' is not a month; expected YYYY-MM, such as 2026-11")
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
