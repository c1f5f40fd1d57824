@testable import Basework

/// The journals of the conformance cases under `shared/conformance`, written as model values so that the
/// reports can be tested without the Markdown reader. Each keeps its case's paths, dates and lines.
enum ConformanceJournals {
    /// 05-followups: done, satisfied (and by which entry), overdue, open, a follow-up naming no one.
    static let followUps = Journal(
        entries: [
            Entry(path: "2026/11/2026-11-02-plan.md", date: day("2026-11-02"), minutes: 60, activity: "meeting",
                  interactions: [talked("mo", line: 7), talked("nell", line: 7)],
                  followUps: [
                      FollowUp(text: "Coffee with @mo, due 2026-11-06", people: ["mo"], done: false,
                               due: day("2026-11-06"), line: 11),
                      FollowUp(text: "Call @nell and @oz", people: ["nell", "oz"], done: false,
                               due: day("2026-11-09"), line: 12),
                      FollowUp(text: "Send @mo the flyer", people: ["mo"], done: true, due: day("2026-11-09"), line: 13),
                      FollowUp(text: "Book the hall", people: [], done: false, due: day("2026-11-09"), line: 14),
                      FollowUp(text: "Ask @pia about the schedule, due 2026-11-20", people: ["pia"], done: false,
                               due: day("2026-11-20"), line: 15),
                  ]),
            Entry(path: "2026/11/2026-11-04-mo.md", date: day("2026-11-04"), minutes: 30, activity: "one-to-one",
                  interactions: [talked("mo")]),
            Entry(path: "2026/11/2026-11-05-nell.md", date: day("2026-11-05"), minutes: 30, activity: "call",
                  interactions: [talked("nell")]),
            Entry(path: "2026/11/2026-11-07-oz.md", date: day("2026-11-07"), minutes: 30, activity: "leafleting",
                  interactions: [Interaction(handle: "oz", line: 7)]),
            Entry(path: "2026/11/2026-11-08-oz.md", date: day("2026-11-08"), minutes: 30, activity: "call",
                  interactions: [talked("oz")]),
        ],
        roster: Roster(people: ["mo", "nell", "oz", "pia"].map { Person(handle: $0) }, exists: true))

    /// 06-first-timers: heat by activity and by tag, a window of 5 days, a late one-to-one, a non-heat entry.
    static let firstTimers: Journal = {
        var settings = Settings()
        settings.heatFollowUpDays = 5
        return Journal(
            entries: [
                Entry(path: "2026/11/2026-11-02-meeting.md", date: day("2026-11-02"), minutes: 60, activity: "meeting",
                      tags: ["heat"], interactions: [Interaction(handle: "sol", rung: .acted, firstTime: true, line: 8)]),
                Entry(path: "2026/11/2026-11-02-picket.md", date: day("2026-11-02"), minutes: 120, activity: "picket",
                      interactions: [Interaction(handle: "quin", rung: .acted, firstTime: true, line: 7),
                                     Interaction(handle: "rui", firstTime: true, line: 8)]),
                Entry(path: "2026/11/2026-11-03-social.md", date: day("2026-11-03"), minutes: 60, activity: "social",
                      interactions: [Interaction(handle: "tam", firstTime: true, line: 7)]),
                Entry(path: "2026/11/2026-11-05-quin.md", date: day("2026-11-05"), minutes: 30, activity: "call",
                      interactions: [talked("quin")]),
                Entry(path: "2026/11/2026-11-12-rui.md", date: day("2026-11-12"), minutes: 30, activity: "call",
                      interactions: [talked("rui")]),
            ],
            settings: settings)
    }()

    /// 07-going-cold: cadre and non-base left out, the boundary day, order; cold after 14 days.
    static let goingCold: Journal = {
        var settings = Settings()
        settings.coldAfterDays = 14
        return Journal(
            entries: [
                Entry(path: "2026/10/2026-10-01-calls.md", date: day("2026-10-01"), minutes: 60, activity: "call",
                      interactions: [talked("uma"), talked("vic", line: 8), talked("xan", line: 9)]),
                Entry(path: "2026/10/2026-10-20-wes.md", date: day("2026-10-20"), minutes: 30, activity: "call",
                      interactions: [talked("wes")]),
                Entry(path: "2026/10/2026-10-25-picket.md", date: day("2026-10-25"), minutes: 60, activity: "picket",
                      interactions: [Interaction(handle: "uma", line: 7)]),
            ],
            roster: Roster(people: [Person(handle: "uma"), Person(handle: "vic", standing: .cadre),
                                    Person(handle: "wes"), Person(handle: "xan", role: .officer)],
                           exists: true),
            settings: settings)
    }()

    /// 08-periods: weeks start on Sunday; one call a day around the turn of 2026 (ISO week 2026-W53).
    static let periods: Journal = {
        var settings = Settings()
        settings.weekStart = .sunday
        let days = [("2026-12-26", "a"), ("2026-12-27", "b"), ("2027-01-02", "c"), ("2027-01-03", "d")]
        return Journal(
            entries: days.map { date, slug in
                Entry(path: "\(date.prefix(4))/\(date.dropFirst(5).prefix(2))/\(date)-\(slug).md", date: day(date),
                      minutes: 60, activity: "call", interactions: [talked("yan")])
            },
            settings: settings)
    }()

    /// 11-coverage: groups, a staff member in a group, unknown handles as base without a group, and people
    /// met only after the period's end (2026-11-08).
    static let coverage = Journal(
        entries: [
            Entry(path: "2026/11/2026-11-02-a.md", date: day("2026-11-02"), minutes: 60, activity: "picket",
                  interactions: [talked("ama"), Interaction(handle: "bea", line: 8), talked("eda", line: 9),
                                 Interaction(handle: "gus", line: 10)]),
            Entry(path: "2026/11/2026-11-10-b.md", date: day("2026-11-10"), minutes: 60, activity: "call",
                  interactions: [talked("dov"), talked("hal", line: 8)]),
        ],
        roster: Roster(people: [Person(handle: "ama", group: "Nights"), Person(handle: "bea", group: "Nights"),
                                Person(handle: "cy", group: "Nights"), Person(handle: "dov", group: "Days"),
                                Person(handle: "eda", role: .staff, group: "Days"), Person(handle: "fin")],
                       exists: true))

    /// 12-filters: two authors (alex by default) and two struggles; cold after 3 days.
    static let filters: Journal = {
        var settings = Settings()
        settings.author = "alex"
        settings.coldAfterDays = 3
        return Journal(
            entries: [
                Entry(path: "2026/11/2026-11-02-a.md", date: day("2026-11-02"), minutes: 60, activity: "call",
                      struggle: "riverside", interactions: [talked("ana", line: 8)],
                      followUps: [FollowUp(text: "Call @ana back, due 2026-11-04", people: ["ana"], done: false,
                                           due: day("2026-11-04"), line: 12)]),
                Entry(path: "2026/11/2026-11-03-b.md", date: day("2026-11-03"), minutes: 30, activity: "call",
                      struggle: "elm", author: "sam", interactions: [talked("ben", line: 9)],
                      followUps: [FollowUp(text: "Visit @ben, due 2026-11-05", people: ["ben"], done: false,
                                           due: day("2026-11-05"), line: 13)]),
                Entry(path: "2026/11/2026-11-04-c.md", date: day("2026-11-04"), minutes: 30, activity: "call",
                      struggle: "elm", author: "alex", interactions: [talked("ana", line: 9)]),
                Entry(path: "2026/11/2026-11-05-d.md", date: day("2026-11-05"), minutes: 45, activity: "call",
                      struggle: "Riverside", author: "Sam", interactions: [talked("cat", line: 9)]),
            ],
            roster: Roster(people: ["ana", "ben", "cat"].map { Person(handle: $0) }, exists: true),
            settings: settings)
    }()

    private static func talked(_ handle: String, line: Int = 7) -> Interaction {
        Interaction(handle: handle, rung: .talked, line: line)
    }
}

/// A day written `YYYY-MM-DD` in a test.
func day(_ text: String) -> Day { Day(iso: text)! }

/// A period written as two `YYYY-MM-DD` days in a test.
func period(_ from: String, _ to: String) -> Period { Period(from: day(from), to: day(to)) }
