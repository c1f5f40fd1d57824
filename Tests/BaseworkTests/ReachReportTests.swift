import Testing
@testable import Basework

@Suite("Reach")
struct ReachReportTests {
    typealias F = ReportFixtures

    func reach(_ journal: Journal, _ query: Query = F.week45) -> ReachReport {
        ReachReport(ReportInput(journal, query))
    }

    func reached(_ report: ReachReport, _ handle: String) throws -> ReachReport.Reached {
        try #require(report.list.first(where: { $0.handle == handle }))
    }

    @Test("01-mentions: one person talked with, one only present")
    func mentions() throws {
        let report = reach(F.mentions)
        #expect(report.people == 2)
        #expect(report.list.map(\.handle) == ["ana", "ben"])
        #expect(try reached(report, "ana").deepest == .talked)
        #expect(try reached(report, "ana").name == "Ana Ruiz")
        #expect(try reached(report, "ben").deepest == .present)
        #expect(try reached(report, "ben").interactions == 1)
        #expect(report.oneToOne == 1)
        #expect(report.oneToManyOnly == 1)
    }

    @Test("02-contexts: six people, three one-to-one, all first contacts")
    func contexts() throws {
        let report = reach(F.contexts)
        #expect(report.people == 6)
        #expect(try ["cara", "dan", "eve", "fay", "gil", "hal"].map { try reached(report, $0).deepest }
            == [.present, .talked, .talked, .present, .acted, .present])
        #expect(report.oneToOne == 3)
        #expect(report.firstContacts == 6)
        #expect(report.byRole == [.base: 6])
    }

    @Test("04-depth: interactions are counted and the derived followed-up is the deepest")
    func depthWeeks() throws {
        let first = try reached(reach(F.depth), "lea")
        #expect(first.interactions == 3)
        #expect(first.deepest == .followedUp)
        #expect(first.firstContact)
        let second = try reached(reach(F.depth, F.query("2026-11-09", "2026-11-15")), "lea")
        #expect(second.deepest == .acted)
        #expect(!second.firstContact)
        #expect(second.standing == .involved)
    }

    @Test("the crowd is summed and roles are counted only where they occur")
    func crowdAndRoles() {
        let report = reach(F.time)
        #expect(report.crowd == 10)
        #expect(report.byRole == [.base: 1, .officer: 1, .staff: 1])
        #expect(report.people == 3)
    }

    @Test("standing is on the period's end, and only base people have one")
    func standingOnEnd() throws {
        let report = reach(F.time)
        #expect(try reached(report, "ida").standing == .new)
        #expect(try reached(report, "jon").standing == nil)
    }

    @Test("12-filters: with --author only that author's entries are listed, judged from the whole journal")
    func byAuthor() throws {
        let alex = reach(ConformanceJournals.filters, F.query("2026-11-02", "2026-11-08", author: "alex"))
        #expect(alex.list.map(\.handle) == ["ana"])
        #expect(try reached(alex, "ana").interactions == 2)
        #expect(try reached(alex, "ana").deepest == .followedUp)
        let sam = reach(ConformanceJournals.filters, F.query("2026-11-02", "2026-11-08", author: "sam"))
        #expect(sam.list.map(\.handle) == ["ben", "cat"])
    }

    @Test("12-filters: with --struggle the deepest rung comes from the matching interactions only")
    func byStruggle() throws {
        let report = reach(ConformanceJournals.filters, F.query("2026-11-02", "2026-11-08", struggle: "riverside"))
        #expect(report.list.map(\.handle) == ["ana", "cat"])
        #expect(try reached(report, "ana").deepest == .talked)
    }

    @Test("someone met before the period is not a first contact, even if a filter hides that meeting")
    func firstContactFromWholeJournal() throws {
        let report = reach(ConformanceJournals.filters, F.query("2026-11-04", "2026-11-08", author: "alex"))
        #expect(try !reached(report, "ana").firstContact)
        #expect(report.firstContacts == 0)
    }
}
