import Foundation
import Testing
@testable import Basework

@Suite("The coverage report")
struct CoverageReportTests {
    func coverage(_ journal: Journal, _ from: String, _ to: String, author: String? = nil) -> CoverageReport {
        CoverageReport(ReportInput(journal, Query(period: period(from, to), asOf: day(to), author: author)))
    }

    func ladder(_ figures: CoverageReport.Figures) -> [Rung: Int] {
        Dictionary(uniqueKeysWithValues: figures.ladder.map { ($0.rung, $0.people) })
    }

    @Test("conformance 11: groups by name, then the base with no group")
    func conformance11() {
        let report = coverage(ConformanceJournals.coverage, "2026-11-01", "2026-11-08")
        #expect(report.groups.map(\.name) == ["Days", "Nights", nil])

        let days = report.groups[0]
        #expect(days.figures.people == 1 && days.figures.reached == 0)
        #expect(days.notReached == ["dov"])

        let nights = report.groups[1]
        #expect(nights.figures.people == 3)
        #expect(nights.figures.reached == 2)
        #expect(nights.figures.oneToOne == 1)
        #expect(nights.figures.reachedInPeriod == 2)
        #expect(ReportNumber.share(nights.figures.share) == 0.3333)
        #expect(nights.notReached == ["cy"])
        #expect(nights.onlyOneToMany == ["bea"])
        #expect(ladder(nights.figures)[.talked] == 1 && ladder(nights.figures)[.present] == 1)

        let none = report.groups[2]
        #expect(none.figures.people == 2)
        #expect(none.notReached == ["fin"])
        #expect(none.onlyOneToMany == ["gus"])

        #expect(report.total.people == 6)
        #expect(report.total.reached == 3)
        #expect(report.total.oneToOne == 1)
        #expect(ReportNumber.share(report.total.share) == 0.1667)
    }

    @Test("every rung is on the ladder, shallowest first, with derived depth at the period's end")
    func everyRung() {
        let journal = Journal(entries: [
            Entry(path: "a.md", date: day("2026-11-02"), interactions: [Interaction(handle: "kai", rung: .talked)]),
            Entry(path: "b.md", date: day("2026-11-04"), interactions: [Interaction(handle: "kai", rung: .talked)]),
            Entry(path: "c.md", date: day("2026-11-20"), interactions: [Interaction(handle: "kai", rung: .acted)]),
        ])
        let report = coverage(journal, "2026-11-01", "2026-11-08")
        #expect(report.total.ladder.map(\.rung) == Rung.allCases)
        #expect(ladder(report.total)[.followedUp] == 1)
        #expect(report.total.ladder.map(\.people).reduce(0, +) == 1)
    }

    @Test("unknown handles are base with no group; roster people never mentioned are not reached")
    func unknownAndNeverMentioned() {
        let journal = Journal(
            entries: [Entry(path: "a.md", date: day("2026-11-02"),
                            interactions: [Interaction(handle: "stranger", rung: .contact)])],
            roster: Roster(people: [Person(handle: "quiet", group: "Ward 5"), Person(handle: "boss", role: .opponent)],
                           exists: true))
        let report = coverage(journal, "2026-11-01", "2026-11-08")
        #expect(report.groups.map(\.name) == ["Ward 5", nil])
        #expect(report.groups[0].notReached == ["quiet"])
        #expect(report.groups[1].figures.people == 1 && report.groups[1].figures.oneToOne == 1)
        #expect(report.groups[1].notReached.isEmpty && report.groups[1].onlyOneToMany.isEmpty)
        #expect(report.total.people == 2)
    }

    @Test("a handle only named in a follow-up is part of the base, not yet reached")
    func followUpMention() {
        let journal = Journal(entries: [
            Entry(path: "a.md", date: day("2026-11-02"),
                  followUps: [FollowUp(text: "Find @neo", people: ["neo"], done: false, due: day("2026-11-09"), line: 9)]),
        ])
        let report = coverage(journal, "2026-11-01", "2026-11-08")
        #expect(report.groups.map(\.notReached) == [["neo"]])
    }

    @Test("people first met after the period's end are left out; those met before it count as reached")
    func metLater() {
        let journal = Journal(entries: [
            Entry(path: "a.md", date: day("2026-10-02"), interactions: [Interaction(handle: "old")]),
            Entry(path: "b.md", date: day("2026-11-20"), interactions: [Interaction(handle: "late", rung: .talked),
                                                                        Interaction(handle: "old", rung: .talked)]),
        ])
        let report = coverage(journal, "2026-11-01", "2026-11-08")
        #expect(report.total.people == 1)
        #expect(report.total.reached == 1 && report.total.reachedInPeriod == 0 && report.total.oneToOne == 0)
        #expect(report.groups[0].onlyOneToMany == ["old"])
    }

    @Test("a group that holds only people away from the base is not listed")
    func awayOnlyGroup() {
        let journal = Journal(entries: [], roster: Roster(people: [
            Person(handle: "hr", role: .officer, group: "Office"), Person(handle: "ama", group: "Nights"),
        ], exists: true))
        #expect(coverage(journal, "2026-11-01", "2026-11-08").groups.map(\.name) == ["Nights"])
    }

    @Test("filters do not narrow it")
    func unfiltered() {
        let all = coverage(ConformanceJournals.coverage, "2026-11-01", "2026-11-08")
        let filtered = coverage(ConformanceJournals.coverage, "2026-11-01", "2026-11-08", author: "nobody")
        #expect(all.groups == filtered.groups && all.total == filtered.total)
    }

    @Test("an empty base has no groups and a share of 0")
    func empty() {
        let report = coverage(Journal(entries: []), "2026-11-01", "2026-11-08")
        #expect(report.groups.isEmpty)
        #expect(report.total.people == 0 && report.total.share == 0)
    }

    @Test("the JSON gives group null, rounded shares, rung names, and no lists in the total")
    func json() throws {
        let report = coverage(ConformanceJournals.coverage, "2026-11-01", "2026-11-08")
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as! [String: Any]
        let groups = object["groups"] as! [[String: Any]]
        #expect(groups[1]["group"] as? String == "Nights")
        #expect(groups[1]["share"] as? Double == 0.3333)
        #expect(groups[1]["notReached"] as? [String] == ["cy"])
        #expect(groups[2].keys.contains("group") && groups[2]["group"] is NSNull)
        let ladder = groups[1]["ladder"] as! [[String: Any]]
        #expect(ladder.map { $0["rung"] as! String } == Rung.allCases.map(\.tag))
        let total = object["total"] as! [String: Any]
        #expect(Set(total.keys) == ["people", "reached", "oneToOne", "reachedInPeriod", "share", "ladder"])
        #expect(total["share"] as? Double == 0.1667)
    }
}
