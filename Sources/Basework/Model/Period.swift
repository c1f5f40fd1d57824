/// An inclusive range of days that a report covers.
public struct Period: Hashable, Sendable {
    public var from: Day
    public var to: Day

    public init(from: Day, to: Day) {
        self.from = from
        self.to = to
    }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }

    /// The week (starting on the settings' week start) that holds a day.
    public static func week(holding day: Day, start: Settings.WeekStart) -> Period {
        let offset = start == .monday ? day.isoWeekday - 1 : day.isoWeekday % 7
        let first = day.adding(days: -offset)
        return Period(from: first, to: first.adding(days: 6))
    }

    /// ISO week `week` of `year`; with Sunday weeks it starts on the Sunday before that week's Monday.
    /// Nil when the year has no such week.
    public static func isoWeek(year: Int, week: Int, start: Settings.WeekStart) -> Period? {
        guard week >= 1, let jan4 = Day(year: year, month: 1, day: 4) else { return nil }
        let weeks = isoWeeksIn(year: year)
        guard week <= weeks else { return nil }
        let monday = jan4.adding(days: -(jan4.isoWeekday - 1) + (week - 1) * 7)
        let first = start == .monday ? monday : monday.adding(days: -1)
        return Period(from: first, to: first.adding(days: 6))
    }

    /// A calendar month.
    public static func month(year: Int, month: Int) -> Period? {
        guard let first = Day(year: year, month: month, day: 1) else { return nil }
        let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        return Period(from: first, to: last)
    }

    /// The month that holds a day.
    public static func month(holding day: Day) -> Period {
        let (y, m, _) = day.components
        return month(year: y, month: m)!
    }

    /// 52 or 53.
    static func isoWeeksIn(year: Int) -> Int {
        let jan1 = Day(year: year, month: 1, day: 1)!.isoWeekday
        return jan1 == 4 || (jan1 == 3 && Day.isLeap(year)) ? 53 : 52
    }

    /// The ISO week-numbering year and week that hold a Monday-start week's Monday (`2026-W53`).
    public static func isoWeekName(of day: Day) -> String {
        let thursday = day.adding(days: 4 - day.isoWeekday)
        let year = thursday.components.year
        let week = (thursday.days(since: Day(year: year, month: 1, day: 1)!)) / 7 + 1
        return "\(year)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// The name `--week` takes for a week starting on `start` (`2026-W47`): the ISO week of its Monday,
    /// which a Sunday week starts the day before.
    public func weekName(start: Settings.WeekStart) -> String {
        Period.isoWeekName(of: start == .monday ? from : from.adding(days: 1))
    }
}
