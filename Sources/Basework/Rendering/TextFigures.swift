/// How the text renderer writes days, as `Mon 16 Nov`, and periods, as `16–22 Nov 2026` (durations and
/// shares: `Wording`). Formatting only: every figure comes from a report.
enum TextFigures {
    /// `Mon 16 Nov`.
    static func day(_ day: Day) -> String {
        let (_, month, date) = day.components
        return "\(CalendarNames.weekdays[day.isoWeekday - 1]) \(date) \(CalendarNames.shortMonths[month - 1])"
    }

    /// `Mon 16 Nov 2026`.
    static func dayWithYear(_ day: Day) -> String { "\(self.day(day)) \(day.components.year)" }

    /// `16 Nov 2026`, without the weekday, for lists of dates.
    static func date(_ day: Day) -> String {
        let (year, month, date) = day.components
        return "\(date) \(CalendarNames.shortMonths[month - 1]) \(year)"
    }

    /// `16–22 Nov 2026`, `30 Nov – 6 Dec 2026`, `28 Dec 2026 – 3 Jan 2027`; one day alone as `16 Nov 2026`.
    /// With `joinedBy: " to "`, the same in words: `16 to 22 Nov 2026`.
    static func range(_ period: Period, joinedBy dash: String? = nil) -> String {
        let (fromYear, fromMonth, fromDay) = period.from.components
        let (toYear, toMonth, toDay) = period.to.components
        if period.from == period.to { return date(period.from) }
        if fromYear != toYear { return "\(date(period.from))\(dash ?? " – ")\(date(period.to))" }
        if fromMonth != toMonth {
            return "\(fromDay) \(CalendarNames.shortMonths[fromMonth - 1])\(dash ?? " – ")\(toDay) \(CalendarNames.shortMonths[toMonth - 1]) \(toYear)"
        }
        return "\(fromDay)\(dash ?? "–")\(toDay) \(CalendarNames.shortMonths[toMonth - 1]) \(toYear)"
    }

    /// `Thu 29 Oct` near `reference` (the same year), `Thu 29 Oct 2025` otherwise.
    static func day(_ day: Day, near reference: Day) -> String {
        day.components.year == reference.components.year ? self.day(day) : dayWithYear(day)
    }

    /// `November 2026`.
    static func month(_ day: Day) -> String {
        let (year, month, _) = day.components
        return "\(CalendarNames.months[month - 1]) \(year)"
    }

    /// `Nov 2026`, for tables.
    static func shortMonth(_ day: Day) -> String {
        let (year, month, _) = day.components
        return "\(CalendarNames.shortMonths[month - 1]) \(year)"
    }
}
