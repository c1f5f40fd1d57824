import Testing
@testable import Basework

/// Every verdict and total a renderer shows is decided once, in a report value: these pin them.
@Suite("Verdicts and totals are report fields")
struct VerdictTests {
    typealias F = ReportFixtures

    static func journal(goal: Double, plan: [(aim: Aim, share: Double)] = [], _ entries: [Entry]) -> Journal {
        var settings = Settings()
        settings.baseShareGoal = goal
        settings.plan = plan
        return Journal(entries: entries,
                       roster: Roster(people: [Person(handle: "ana"), Person(handle: "sam", role: .staff)], exists: true),
                       settings: settings)
    }

    /// An hour with ana (base) and one with sam (staff), 40 minutes of it explicit: base share 20/60 or 40/60.
    static func hour(baseMinutes: Double) -> [Entry] {
        [Entry(path: "a.md", date: F.day("2026-11-03"), minutes: 60, aim: .newPeople,
               interactions: [Interaction(handle: "ana", rung: .talked, explicitMinutes: baseMinutes),
                              Interaction(handle: "sam", rung: .talked, explicitMinutes: 60 - baseMinutes)])]
    }

    @Test("the time report totals person-time, base time and aimed time once, and names the largest role's share")
    func timeTotals() {
        let report = TimeReport(ReportInput(F.time, F.week45))
        #expect(report.personMinutes == 130)
        #expect(report.baseMinutes == 70)
        #expect(report.aimedMinutes == 150)
        #expect(report.mostTimeWith == .base && report.mostTimeWithShare == 70.0 / 130)
        #expect(report.personTimeShare(.staff) == 40.0 / 130)
        #expect(report.baseShare == 70.0 / 130 && report.meetsGoal == false)
    }

    @Test("the base share meets its goal at or above it, not below; with no person-time there is no verdict",
          arguments: [(40.0, 0.6, true), (36.0, 0.6, true), (35.0, 0.6, false), (20.0, 0.3, true)])
    func meetsGoal(baseMinutes: Double, goal: Double, meets: Bool) {
        let journal = Self.journal(goal: goal, Self.hour(baseMinutes: baseMinutes))
        #expect(TimeReport(ReportInput(journal, F.week45)).meetsGoal == meets)
        let empty = Self.journal(goal: goal, [Entry(path: "b.md", date: F.day("2026-11-03"), minutes: 30)])
        #expect(TimeReport(ReportInput(empty, F.week45)).meetsGoal == nil)
    }

    @Test("a plan line is off plan 10 points or more away from the plan, either way")
    func offPlan() {
        #expect(TimeReport.PlanLine(aim: .deepen, planned: 0.3, actual: 0.2).offPlan)
        #expect(TimeReport.PlanLine(aim: .deepen, planned: 0.3, actual: 0.4).offPlan)
        #expect(!TimeReport.PlanLine(aim: .deepen, planned: 0.3, actual: 0.21).offPlan)
        #expect(!TimeReport.PlanLine(aim: .deepen, planned: 0.3, actual: nil).offPlan)
        let journal = Self.journal(goal: 0.6, plan: [(aim: .newPeople, share: 0.5)], Self.hour(baseMinutes: 40))
        let plan = TimeReport(ReportInput(journal, F.week45)).plan
        #expect(plan?.map(\.offPlan) == [true])
    }

    @Test("the trend and the report's 8 weeks judge each period's base share against the goal")
    func trendVerdicts() {
        let journal = Self.journal(goal: 0.6, Self.hour(baseMinutes: 40) + [
            Entry(path: "c.md", date: F.day("2026-11-10"), minutes: 60,
                  interactions: [Interaction(handle: "sam", rung: .talked)]),
        ])
        let input = ReportInput(journal, F.query("2026-11-09", "2026-11-15"), span: .init(unit: .week, count: 3))
        let trend = TrendReport(input)
        #expect(trend.baseShareGoal == 0.6)
        #expect(trend.periods.map(\.meetsGoal) == [nil, true, false])
        let weeks = FullReport(input).baseShareTrend
        #expect(weeks.suffix(3).map(\.meetsGoal) == [nil, true, false])
    }

    @Test("depth counts who moved up to each rung")
    func movedUpTo() {
        let report = DepthReport(ReportInput(F.depth, F.query("2026-11-09", "2026-11-15")))
        #expect(report.movedUpTo == Dictionary(grouping: report.movedUp, by: \.to).mapValues(\.count))
        #expect(report.movedUpTo.values.reduce(0, +) == report.movedUp.count && !report.movedUp.isEmpty)
    }

    @Test("coverage counts the base reached only one-to-many and never reached")
    func coverageCounts() {
        let report = CoverageReport(ReportInput(ConformanceJournals.coverage, F.query("2026-11-09", "2026-11-15")))
        for figures in report.groups.map(\.figures) + [report.total] {
            #expect(figures.onlyOneToMany == figures.reached - figures.oneToOne)
            #expect(figures.notReached == figures.people - figures.reached)
        }
        for group in report.groups {
            #expect(group.figures.notReached == group.notReached.count)
            #expect(group.figures.onlyOneToMany == group.onlyOneToMany.count)
        }
    }

    @Test("an overdue first-timer says by how many days; an open one does not")
    func firstTimerDaysOverdue() {
        let late = FollowUpsReport(ReportInput(ConformanceJournals.firstTimers,
                                               Query(period: F.query("2026-11-09", "2026-11-15").period, asOf: F.day("2026-11-10"))))
        let sol = late.firstTimers.first { $0.handle == "sol" }
        #expect(sol?.state == .overdue && sol?.daysOverdue == 3)
        #expect(late.firstTimers.filter { $0.state == .open }.allSatisfy { $0.daysOverdue == nil })
    }

    @Test("a person's follow-up has a state, not a string to compare")
    func personPlanState() throws {
        let input = ReportInput(ConformanceJournals.followUps, F.query("2026-11-02", "2026-11-30"), subject: "@mo")
        #expect(PersonReport.subject(input) == "mo")
        let states = PersonReport(input).followUps.map(\.state)
        #expect(!states.isEmpty)
        #expect(states.allSatisfy { [.done, .satisfied, .overdue, .open].contains($0) })
        #expect(PersonReport.subject(ReportInput(ConformanceJournals.followUps, F.week45, subject: "nobody")) == nil)
    }
}
