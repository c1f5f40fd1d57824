import Testing
@testable import Basework

@Suite("Text report: tables, figures and sparklines")
struct TextFiguresTests {
    @Test("a table's columns are as wide as their widest cell, numbers right, and no line ends in a space")
    func table() {
        var table = TextTable([.left("Name"), .right("People"), .left("Note")])
        table.add(["present", "3", ""])
        table.add(["followed-up", "12", "most"])
        #expect(table.lines() == [
            "  Name         People  Note",
            "  present           3",
            "  followed-up      12  most",
        ])
    }

    @Test("a table's notes start under their column; colour does not count towards widths")
    func notes() {
        var table = TextTable([.right("Late"), .left("Follow-up")], notesColumn: 1, indent: 4, showsTitles: false)
        table.add([TerminalStyle(colour: true).error("3 days"), "Call @ana"], notes: ["a.md:4"])
        table.add(["12 days", "Book the room"], notes: ["b.md:7"])
        let lines = table.lines()
        #expect(lines[0] == "     \u{1B}[1;31m3 days\u{1B}[0m  Call @ana")
        #expect(lines[1] == "             a.md:4")
        #expect(lines[2] == "    12 days  Book the room")
        #expect(lines[3] == "             b.md:7")
    }

    @Test("a column empty throughout takes no room")
    func emptyColumn() {
        var table = TextTable([.left("A"), .left(""), .left("B")], showsTitles: false)
        table.add(["x", "", "y"])
        #expect(table.lines() == ["  x  y"])
    }

    @Test("durations are written as hours and minutes, rounded to the minute",
          arguments: [(0.0, "0m"), (45, "45m"), (59.6, "1h 00m"), (60, "1h 00m"), (150, "2h 30m"),
                      (780, "13h 00m"), (66.667, "1h 07m")])
    func duration(minutes: Double, text: String) {
        #expect(Wording.duration(minutes) == text)
    }

    @Test("a share just below its goal is not rounded up to it")
    func percentAgainstGoal() {
        #expect(Wording.percent(0.62, meets: true, goal: 0.6) == "62%")
        #expect(Wording.percent(0.598, meets: false, goal: 0.6) == "59.8%")
        #expect(Wording.percent(0.6, meets: true, goal: 0.6) == "60%")
        #expect(Wording.percent(0.6004, meets: true, goal: 0.6) == "60.1%")
    }

    @Test("periods read as day ranges across months and years")
    func ranges() {
        func period(_ from: String, _ to: String) -> Period { Period(from: Day(iso: from)!, to: Day(iso: to)!) }
        #expect(TextFigures.range(period("2026-11-16", "2026-11-22")) == "16–22 Nov 2026")
        #expect(TextFigures.range(period("2026-11-30", "2026-12-06")) == "30 Nov – 6 Dec 2026")
        #expect(TextFigures.range(period("2026-12-28", "2027-01-03")) == "28 Dec 2026 – 3 Jan 2027")
        #expect(TextFigures.range(period("2026-11-10", "2026-11-20"), joinedBy: " to ") == "10 to 20 Nov 2026")
    }

    @Test("the sparkline bends at the goal: below it ▁ to ▄, at or above it ▅ to █, a gap for no share")
    func sparkline() {
        let points = [0, 0.3, 0.59, 0.6, 0.75, 1, nil].map { Sparkline.Point(share: $0, meetsGoal: $0.map { $0 >= 0.6 }) }
        #expect(Sparkline.line(points, goal: 0.6) == "▁▃▄▅▆█·")
        #expect(Sparkline.character(.init(share: 0.5, meetsGoal: true), goal: 0.5) == "▅")
        #expect(Sparkline.character(.init(share: 0.49, meetsGoal: false), goal: 0.5) == "▄")
        #expect(Sparkline.character(.init(share: 1, meetsGoal: true), goal: 1) == "█")
        #expect(Sparkline.character(.init(share: 0, meetsGoal: true), goal: 0) == "▅")
    }

    @Test("free text is wrapped at spaces with every word kept; single line breaks join, blank lines stay")
    func wrap() {
        let text = "Mostly time with the lawyer,\nnot with tenants.\n\nWorth it this once."
        #expect(TextWrap.lines(text, width: 20) == [
            "Mostly time with the", "lawyer, not with", "tenants.", "", "Worth it this once.",
        ])
        #expect(TextWrap.lines("a-very-long-word b", width: 5) == ["a-very-long-word", "b"])
    }
}

@Suite("Text report: what it says")
struct TextReportTests {
    typealias F = ReportFixtures

    func render(_ journal: Journal, _ query: Query) -> String {
        let history = History(journal)
        let document = ReportDocument(header: ReportHeader(journal, query),
                                      body: .full(FullReport(ReportInput(journal, query, history: history))))
        return TextRenderer(style: .plain).render(document)
    }

    func week(_ from: String, asOf: String? = nil) -> Query {
        let first = F.day(from)
        return Query(period: Period(from: first, to: first.adding(days: 6)), asOf: F.day(asOf ?? from))
    }

    @Test("it opens with the base's share when the base had the most person-time")
    func openingBase() {
        let text = render(F.time, F.week45)
        #expect(text.hasPrefix("Most of this week's person-time went to the base: 54%, goal 60%.\n"))
        #expect(text.contains("Week 2026-W45 (2–8 Nov 2026), as of Sun 8 Nov 2026."))
    }

    @Test("it names who had the most person-time when it was not the base")
    func openingNotBase() {
        let journal = F.journal([
            Entry(path: "a.md", date: F.day("2026-11-03"), minutes: 100, activity: "meeting",
                  interactions: [Interaction(handle: "sam", rung: .talked, explicitMinutes: 60),
                                 Interaction(handle: "ana", rung: .talked)]),
        ], people: [Person(handle: "sam", name: "Sam", role: .staff), Person(handle: "ana", name: "Ana")])
        let text = render(journal, F.week45)
        #expect(text.hasPrefix("Most of this week's person-time went to staff (60%); the base had 40%, goal 60%.\n"))
    }

    @Test("with no person-time there is no share to judge, and it says so")
    func openingNoPersonTime() {
        let journal = F.journal([Entry(path: "a.md", date: F.day("2026-11-03"), minutes: 60, activity: "meeting")])
        let text = render(journal, F.week45)
        #expect(text.hasPrefix("No time with people is recorded this week, so there is no base share to set "
            + "against the goal of 60%.\n"))
    }

    @Test("a month and a range of days are named as such in the opening")
    func openingPeriods() {
        let month = Query(period: Period.month(year: 2026, month: 11)!, asOf: F.day("2026-11-30"))
        #expect(render(F.time, month).hasPrefix("Most of this month's person-time went to the base"))
        let range = Query(period: Period(from: F.day("2026-11-03"), to: F.day("2026-11-10")), asOf: F.day("2026-11-10"))
        #expect(render(F.time, range).hasPrefix("Most of the person-time from 3 to 10 Nov 2026 went to the base"))
    }

    @Test("under the opening, the last 8 weeks' base share as a sparkline against the goal")
    func trendLine() {
        let lines = render(F.time, F.week45).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "Base share, last 8 weeks: ·······▄ (2026-W38 to 2026-W45; ▅ or taller meets the goal, "
            + "· no time with people)")
    }

    @Test("a period with no entry says so and names the nearest week that has some, with the option to see it")
    func emptyPeriod() {
        let text = render(F.time, week("2026-07-20", asOf: "2026-11-24"))
        #expect(text.hasPrefix("""
            No entry is dated in week 2026-W30 (20–26 Jul 2026).
            The nearest week with entries is 2026-W45 (2–8 Nov 2026); to see it: basework report --week 2026-W45

            Week 2026-W30 (20–26 Jul 2026), as of Tue 24 Nov 2026.
            Journal: 3 entries read, none of them this week; no problems found.
            """))
        #expect(!text.contains("Reach"))
    }

    @Test("the nearest week of a Sunday-start journal is named by the ISO week of its Monday")
    func emptyPeriodSunday() {
        var settings = Settings()
        settings.weekStart = .sunday
        let journal = F.journal([Entry(path: "a.md", date: F.day("2026-11-22"), minutes: 30)], settings: settings)
        let text = render(journal, Query(period: Period.isoWeek(year: 2026, week: 30, start: .sunday)!,
                                         asOf: F.day("2026-11-24")))
        #expect(text.contains("No entry is dated in week 2026-W30 (19–25 Jul 2026)."))
        #expect(text.contains("The nearest week with entries is 2026-W48 (22–28 Nov 2026)"))
    }

    @Test("overdue follow-ups come before open ones, each with the path and line to open it")
    func overdueFirst() {
        let journal = F.journal([
            Entry(path: "2026/11/2026-11-02-call.md", date: F.day("2026-11-02"), minutes: 30, activity: "call",
                  interactions: [Interaction(handle: "ana", rung: .talked)],
                  followUps: [FollowUp(text: "Coffee with @ana", people: ["ana"], done: false,
                                       due: F.day("2026-11-20"), line: 9),
                              FollowUp(text: "Book the room", people: [], done: false,
                                       due: F.day("2026-11-05"), line: 10)]),
        ], people: [Person(handle: "ana", name: "Ana Ruiz")])
        let text = render(journal, week("2026-11-02", asOf: "2026-11-10"))
        let overdue = try! #require(text.range(of: "Overdue (1)"))
        let open = try! #require(text.range(of: "Open (1)"))
        #expect(overdue.lowerBound < open.lowerBound)
        #expect(text.contains("""
              Overdue (1)
                  Late  Due        With  Follow-up
                5 days  Thu 5 Nov  –     Book the room
                                         2026/11/2026-11-02-call.md:10
              Open (1)
                Due         With      Follow-up
                Fri 20 Nov  Ana Ruiz  Coffee with @ana
                                      2026/11/2026-11-02-call.md:9
            """))
    }

    @Test("no line of a whole report ends in a space, and plain text has no escape codes")
    func plainAndTrimmed() {
        for journal in [F.time, F.justify, ConformanceJournals.filters, F.depth] {
            let text = render(journal, F.week45)
            #expect(!text.contains("\u{1B}"))
            #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
        }
    }
}
