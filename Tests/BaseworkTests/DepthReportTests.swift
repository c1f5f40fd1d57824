import Testing
@testable import Basework

@Suite("Depth")
struct DepthReportTests {
    typealias F = ReportFixtures

    func depth(_ journal: Journal, _ query: Query = F.week45) -> DepthReport {
        DepthReport(ReportInput(journal, query))
    }

    func people(on rung: Rung, _ report: DepthReport) -> Int? {
        report.ladder.first(where: { $0.rung == rung })?.people
    }

    @Test("04-depth week 45: a one-to-one on a later day is followed-up, and lea moved up from nothing")
    func week45() throws {
        let report = depth(F.depth)
        #expect(report.ladder.map(\.rung) == Rung.allCases)
        #expect(people(on: .followedUp, report) == 1)
        #expect(people(on: .talked, report) == 0)
        let move = try #require(report.movedUp.first)
        #expect(move.handle == "lea")
        #expect(move.from == nil)
        #expect(move.to == .followedUp)
    }

    @Test("04-depth week 46: lea moved up from followed-up to acted")
    func week46() throws {
        let report = depth(F.depth, F.query("2026-11-09", "2026-11-15"))
        #expect(people(on: .acted, report) == 1)
        let move = try #require(report.movedUp.first)
        #expect(move.from == .followedUp)
        #expect(move.to == .acted)
    }

    @Test("people met before the period who did not go deeper are on the ladder but did not move up")
    func stayed() {
        let report = depth(F.depth, F.query("2026-11-16", "2026-11-22"))
        #expect(people(on: .acted, report) == 1)
        #expect(report.movedUp.isEmpty)
    }

    @Test("only base people are on the ladder, and people met after the period are not")
    func baseOnly() {
        let report = depth(F.time, F.query("2026-11-02", "2026-11-05"))
        #expect(report.ladder.map(\.people).reduce(0, +) == 1)
        #expect(people(on: .talked, report) == 1)
    }

    @Test("12-filters: moved up lists matching people, with depth from the whole journal")
    func filters() throws {
        let sam = depth(ConformanceJournals.filters, F.query("2026-11-02", "2026-11-08", author: "sam"))
        #expect(sam.movedUp.map(\.handle) == ["ben", "cat"])
        let riverside = depth(ConformanceJournals.filters, F.query("2026-11-02", "2026-11-08", struggle: "riverside"))
        #expect(riverside.movedUp.map(\.handle) == ["ana", "cat"])
        #expect(riverside.movedUp.first?.to == .followedUp)
    }
}
