import Testing
@testable import Basework

@Suite("Going cold (FORMAT 3.6)")
struct GoingColdTests {
    let journal = ConformanceJournals.goingCold

    func cold(on date: String) -> [GoingCold] {
        GoingCold.people(on: day(date), journal: journal, history: History(journal))
    }

    @Test("cadre by the roster and people away from the base are left out; a one-to-many meeting does not warm")
    func leftOut() {
        #expect(cold(on: "2026-11-01") == [GoingCold(handle: "uma", lastOneToOne: day("2026-10-01"), days: 31)])
    }

    @Test("exactly cold-after-days is not yet cold; one more day is")
    func boundary() {
        #expect(cold(on: "2026-11-03").map(\.handle) == ["uma"])
        #expect(cold(on: "2026-11-04") == [GoingCold(handle: "uma", lastOneToOne: day("2026-10-01"), days: 34),
                                           GoingCold(handle: "wes", lastOneToOne: day("2026-10-20"), days: 15)])
    }

    @Test("sorted by last one-to-one, then handle")
    func order() {
        let journal = Journal(entries: [
            Entry(path: "a.md", date: day("2026-10-02"), interactions: [Interaction(handle: "zed", rung: .talked)]),
            Entry(path: "b.md", date: day("2026-10-05"), interactions: [Interaction(handle: "bo", rung: .talked),
                                                                        Interaction(handle: "al", rung: .talked)]),
        ])
        let cold = GoingCold.people(on: day("2026-12-01"), journal: journal, history: History(journal))
        #expect(cold.map(\.handle) == ["zed", "al", "bo"])
    }

    @Test("involved people go cold; derived cadre do not; someone never talked with is not listed")
    func standings() {
        let journal = Journal(entries: [
            Entry(path: "a.md", date: day("2026-10-01"), interactions: [
                Interaction(handle: "acts", rung: .acted), Interaction(handle: "trains", rung: .trained),
                Interaction(handle: "seen"),
            ]),
        ])
        let cold = GoingCold.people(on: day("2026-12-01"), journal: journal, history: History(journal))
        #expect(cold.map(\.handle) == ["acts"])
    }

    @Test("a roster standing of involved keeps a deep person listed")
    func fixedStanding() {
        let journal = Journal(
            entries: [Entry(path: "a.md", date: day("2026-10-01"),
                            interactions: [Interaction(handle: "deep", rung: .recruited)])],
            roster: Roster(people: [Person(handle: "deep", standing: .involved)], exists: true))
        let cold = GoingCold.people(on: day("2026-12-01"), journal: journal, history: History(journal))
        #expect(cold.map(\.handle) == ["deep"])
    }
}
