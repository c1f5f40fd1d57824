import Testing
@testable import Basework

@Suite("Time")
struct TimeReportTests {
    typealias F = ReportFixtures

    func time(_ journal: Journal, _ query: Query = F.week45) -> TimeReport {
        TimeReport(ReportInput(journal, query))
    }

    @Test("03-time: person-time by role, format and standing")
    func personTime() {
        let report = time(F.time)
        #expect(report.minutes == 210)
        #expect(report.byRole == [.base: 70, .officer: 20, .staff: 40])
        #expect(report.unallocated == 80)
        #expect(report.byFormat == [.oneToOne: 90, .oneToMany: 40])
        #expect(report.byStanding == [.new: 70, .involved: 0, .cadre: 0])
        #expect(report.mostTimeWith == .base)
    }

    @Test("03-time: whole durations by mode, activity and aim")
    func wholeDurations() {
        let report = time(F.time)
        #expect(report.byMode == [.building: 150, .support: 60])
        #expect(report.byActivity == ["picket": 90, "meeting": 60, "call": 60])
        #expect(report.byAim == [.newPeople: 150, nil: 60])
        #expect(report.byAimInferred == [.newPeople: 150])
    }

    @Test("03-time: the base share is base person-time over all person-time")
    func baseShare() throws {
        let share = try #require(time(F.time).baseShare)
        #expect(ReportNumber.share(share) == 0.5385)
        #expect(time(F.time).baseShareGoal == 0.6)
    }

    @Test("02-contexts: time shared by one-to-one and one-to-many people")
    func contexts() {
        let report = time(F.contexts)
        #expect(report.byFormat == [.oneToOne: 60, .oneToMany: 60])
        #expect(report.byStanding[.new] == 120)
        #expect(report.byAim == [.newPeople: 120])
    }

    @Test("04-depth week 46: time at someone's first action was with a new person, the next day involved")
    func standingByEntry() {
        let report = time(F.depth, F.query("2026-11-09", "2026-11-15"))
        #expect(report.byStanding[.new] == 60)
        #expect(report.byStanding[.involved] == 20)
        #expect(report.byAim == [.newPeople: 60, .deepen: 20])
    }

    @Test("with no person-time there is no base share and no role with the most time")
    func noPersonTime() {
        let report = time(F.time, F.query("2026-11-05", "2026-11-05"))
        #expect(report.baseShare == nil)
        #expect(report.mostTimeWith == nil)
        #expect(report.byActivity == ["meeting": 60])
        #expect(report.byAim == [nil: 60])
        #expect(report.byMode == [.building: 60, .support: 0])
    }

    @Test("an entry without an activity counts under none")
    func noActivity() {
        let journal = F.journal([Entry(path: "a.md", date: F.day("2026-11-02"), minutes: 15)])
        #expect(time(journal).byActivity == [nil: 15])
    }

    @Test("a tie for the most time goes to the earlier role")
    func mostTimeTie() {
        let journal = F.journal([
            Entry(path: "a.md", date: F.day("2026-11-02"), minutes: 60,
                  interactions: [Interaction(handle: "o"), Interaction(handle: "s")]),
        ], people: [Person(handle: "o", role: .officer), Person(handle: "s", role: .staff)])
        #expect(time(journal).mostTimeWith == .staff)
        #expect(time(journal).baseShare == 0)
    }

    @Test("the plan compares each aim's planned share with its share of the time that has an aim")
    func plan() throws {
        var journal = F.time
        journal.settings.plan = [(.newPeople, 0.4), (.deepen, 0.6)]
        let plan = try #require(time(journal).plan)
        #expect(plan.map(\.aim) == [.newPeople, .deepen])
        #expect(plan.map(\.planned) == [0.4, 0.6])
        #expect(plan.map(\.actual) == [1, 0])
    }

    @Test("with no plan in the settings there is none in the report")
    func noPlan() {
        #expect(time(F.time).plan == nil)
    }

    @Test("12-filters: only matching entries' durations are summed")
    func filters() {
        #expect(time(ConformanceJournals.filters, F.query("2026-11-02", "2026-11-08", author: "alex")).minutes == 90)
        #expect(time(ConformanceJournals.filters, F.query("2026-11-02", "2026-11-08", author: "sam")).minutes == 75)
        #expect(time(ConformanceJournals.filters, F.query("2026-11-02", "2026-11-08", struggle: "riverside")).minutes == 105)
    }
}
