/// How the text report writes figures: durations as `2h 30m`, shares as `62%`, days as `Mon 16 Nov`,
/// and periods as `16–22 Nov 2026`. Formatting only: every figure comes from a report.
enum TextFigures {
    /// Whole minutes: `45m`, `2h 30m`, `13h 00m`; person-time is rounded to the minute.
    static func duration(_ minutes: Double) -> String {
        let total = Int(minutes.rounded())
        guard total >= 60 else { return "\(total)m" }
        let rest = total % 60
        return "\(total / 60)h \(rest < 10 ? "0" : "")\(rest)m"
    }

    /// A share from 0 to 1 as a whole percentage.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// A share beside a goal: one decimal when rounding would make it look equal to the goal
    /// while being on the other side of it (59.6% against 60% is not "60%").
    static func percent(_ share: Double, against goal: Double) -> String {
        let whole = percent(share)
        guard whole == percent(goal), share != goal else { return whole }
        let tenths = Int((share * 1000).rounded(share < goal ? .down : .up))
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// A part of a whole as a percentage; `–` when the whole is nothing.
    static func percent(_ part: Double, of whole: Double) -> String {
        whole > 0 ? percent(part / whole) : "–"
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let longMonthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]
    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// `Mon 16 Nov`.
    static func day(_ day: Day) -> String {
        let (_, month, date) = day.components
        return "\(weekdayNames[day.isoWeekday - 1]) \(date) \(monthNames[month - 1])"
    }

    /// `Mon 16 Nov 2026`.
    static func dayWithYear(_ day: Day) -> String { "\(self.day(day)) \(day.components.year)" }

    /// `16 Nov 2026`, without the weekday, for lists of dates.
    static func date(_ day: Day) -> String {
        let (year, month, date) = day.components
        return "\(date) \(monthNames[month - 1]) \(year)"
    }

    /// `16–22 Nov 2026`, `30 Nov – 6 Dec 2026`, `28 Dec 2026 – 3 Jan 2027`; one day alone as `16 Nov 2026`.
    /// With `joinedBy: " to "`, the same in words: `16 to 22 Nov 2026`.
    static func range(_ period: Period, joinedBy dash: String? = nil) -> String {
        let (fromYear, fromMonth, fromDay) = period.from.components
        let (toYear, toMonth, toDay) = period.to.components
        if period.from == period.to { return date(period.from) }
        if fromYear != toYear { return "\(date(period.from))\(dash ?? " – ")\(date(period.to))" }
        if fromMonth != toMonth {
            return "\(fromDay) \(monthNames[fromMonth - 1])\(dash ?? " – ")\(toDay) \(monthNames[toMonth - 1]) \(toYear)"
        }
        return "\(fromDay)\(dash ?? "–")\(toDay) \(monthNames[toMonth - 1]) \(toYear)"
    }

    /// `Thu 29 Oct` near `reference` (the same year), `Thu 29 Oct 2025` otherwise.
    static func day(_ day: Day, near reference: Day) -> String {
        day.components.year == reference.components.year ? self.day(day) : dayWithYear(day)
    }

    /// `November 2026`.
    static func month(_ day: Day) -> String {
        let (year, month, _) = day.components
        return "\(longMonthNames[month - 1]) \(year)"
    }

    /// `Nov 2026`, for tables.
    static func shortMonth(_ day: Day) -> String {
        let (year, month, _) = day.components
        return "\(monthNames[month - 1]) \(year)"
    }
}
