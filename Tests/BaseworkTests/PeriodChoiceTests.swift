import Testing
import Basework
@testable import BaseworkCLI

@Suite("Choosing a period on the command line")
struct PeriodChoiceTests {
    func resolve(_ choice: PeriodChoice, asOf: String = "2027-01-05",
                 weekStart: Settings.WeekStart = .monday) throws -> Period {
        try choice.period(asOf: day(asOf), weekStart: weekStart)
    }

    func problem(_ choice: PeriodChoice, weekStart: Settings.WeekStart = .monday) -> String? {
        do {
            _ = try choice.period(asOf: day("2027-01-05"), weekStart: weekStart)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("conformance 08: the default is the Sunday week that holds the as-of day")
    func defaultWeek() throws {
        #expect(try resolve(PeriodChoice(), asOf: "2027-01-03", weekStart: .sunday) == period("2027-01-03", "2027-01-09"))
        #expect(try resolve(PeriodChoice(), asOf: "2027-01-03", weekStart: .monday) == period("2026-12-28", "2027-01-03"))
    }

    @Test("conformance 08: with Sunday weeks, 2026-W53 starts on the Sunday before its Monday, across the year end")
    func week53() throws {
        #expect(try resolve(PeriodChoice(week: "2026-W53"), weekStart: .sunday) == period("2026-12-27", "2027-01-02"))
        #expect(try resolve(PeriodChoice(week: "2026-W53"), weekStart: .monday) == period("2026-12-28", "2027-01-03"))
    }

    @Test("conformance 08: a month and a one-day range")
    func monthAndRange() throws {
        #expect(try resolve(PeriodChoice(month: "2026-12")) == period("2026-12-01", "2026-12-31"))
        #expect(try resolve(PeriodChoice(from: "2026-12-26", to: "2026-12-26")) == period("2026-12-26", "2026-12-26"))
    }

    @Test("a week straddling a month end, and ISO week 1 starting in the year before")
    func straddling() throws {
        #expect(try resolve(PeriodChoice(week: "2026-W48")) == period("2026-11-23", "2026-11-29"))
        #expect(try resolve(PeriodChoice(week: "2026-W49")) == period("2026-11-30", "2026-12-06"))
        #expect(try resolve(PeriodChoice(week: "2025-W01")) == period("2024-12-30", "2025-01-05"))
        #expect(try resolve(PeriodChoice(week: "2025-w1"), weekStart: .sunday) == period("2024-12-29", "2025-01-04"))
    }

    @Test("months of different lengths, leap years included")
    func monthLengths() throws {
        #expect(try resolve(PeriodChoice(month: "2026-02")).to == day("2026-02-28"))
        #expect(try resolve(PeriodChoice(month: "2028-02")).to == day("2028-02-29"))
        #expect(try resolve(PeriodChoice(month: "2026-04")).to == day("2026-04-30"))
        #expect(try resolve(PeriodChoice(month: "2026-01")).to == day("2026-01-31"))
    }

    @Test("--week and --month without a value (filled in as this) take the as-of day's week and month")
    func withoutValue() throws {
        #expect(try resolve(PeriodChoice(week: "this"), weekStart: .sunday) == period("2027-01-03", "2027-01-09"))
        #expect(try resolve(PeriodChoice(month: "this")) == period("2027-01-01", "2027-01-31"))
    }

    @Test("the as-of day is --as-of, else today")
    func asOf() throws {
        #expect(try PeriodChoice().asOfDay(today: day("2026-11-24")) == day("2026-11-24"))
        #expect(try PeriodChoice(asOf: "2026-11-20").asOfDay(today: day("2026-11-24")) == day("2026-11-20"))
        #expect(try PeriodChoice(asOf: "yesterday").asOfDay(today: day("2026-11-24")) == day("2026-11-23"))
        #expect(try PeriodChoice(asOf: "Today").asOfDay(today: day("2026-11-24")) == day("2026-11-24"))
        #expect(throws: PeriodChoice.Problem.self) { try PeriodChoice(asOf: "tomorrow").asOfDay(today: day("2026-11-24")) }
    }

    @Test("last and this count from the as-of day; --from alone runs to it; today and yesterday in a range count from it")
    func relative() throws {
        #expect(try resolve(PeriodChoice(week: "last"), asOf: "2026-11-30") == period("2026-11-23", "2026-11-29"))
        #expect(try resolve(PeriodChoice(week: "LAST"), asOf: "2026-11-29", weekStart: .sunday) == period("2026-11-22", "2026-11-28"))
        #expect(try resolve(PeriodChoice(week: "this"), asOf: "2026-11-30") == period("2026-11-30", "2026-12-06"))
        #expect(try resolve(PeriodChoice(month: "last"), asOf: "2027-01-05") == period("2026-12-01", "2026-12-31"))
        #expect(try resolve(PeriodChoice(month: "last"), asOf: "2026-03-31") == period("2026-02-01", "2026-02-28"))
        #expect(try resolve(PeriodChoice(from: "2026-12-20"), asOf: "2027-01-05") == period("2026-12-20", "2027-01-05"))
        #expect(try resolve(PeriodChoice(from: "yesterday", to: "today"), asOf: "2027-01-05") == period("2027-01-04", "2027-01-05"))
    }

    @Test("mistakes are named precisely")
    func problems() {
        #expect(problem(PeriodChoice(week: "2026-W47", month: "2026-11"))
            == "--week, --month and --from/--to each choose the period: give only one")
        #expect(problem(PeriodChoice(month: "2026-11", to: "2026-11-30"))
            == "--week, --month and --from/--to each choose the period: give only one")
        #expect(problem(PeriodChoice(from: "2027-01-06"))
            == "--from 2027-01-06 is after the as-of day 2027-01-05: give --to as well, or an earlier --from")
        #expect(problem(PeriodChoice(to: "2026-11-01"))
            == "--to needs --from: the period runs from one day to another, both included")
        #expect(problem(PeriodChoice(from: "2026-11-31", to: "2026-12-01"))
            == "--from: '2026-11-31' is not a date; expected YYYY-MM-DD, today or yesterday, such as 2026-11-20")
        #expect(problem(PeriodChoice(from: "2026-11-10", to: "2026-11-02")) == "--from 2026-11-10 is after --to 2026-11-02")
        #expect(problem(PeriodChoice(week: "2026-47"))
            == "--week: '2026-47' is not a week; expected YYYY-Www, last or this, such as 2026-W47")
        #expect(problem(PeriodChoice(week: "2026-W+4"))
            == "--week: '2026-W+4' is not a week; expected YYYY-Www, last or this, such as 2026-W47")
        #expect(problem(PeriodChoice(week: "2027-W53")) == "--week: 2027 has no week 53; its weeks run from W01 to W52")
        #expect(problem(PeriodChoice(week: "2026-W00")) == "--week: 2026 has no week 0; its weeks run from W01 to W53")
        #expect(problem(PeriodChoice(month: "2026-11-01"))
            == "--month: '2026-11-01' is not a month; expected YYYY-MM, last or this, such as 2026-11")
        #expect(problem(PeriodChoice(month: "2026-13")) == "--month: 2026-13 is not a month; months run from 01 to 12")
    }
}
