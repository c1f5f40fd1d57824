import Testing
@testable import Basework

@Suite("Follow-up state on a day (FORMAT 3.6)")
struct FollowUpStateTests {
    let journal = ConformanceJournals.followUps
    var history: History { History(journal) }

    func state(line: Int, on date: String) -> FollowUpState {
        let followUp = journal.entries[0].followUps.first { $0.line == line }!
        return FollowUpState(of: followUp, inEntry: 0, journal: journal, history: history, on: day(date))
    }

    func path(_ index: Int) -> String { journal.entries[index].path }

    @Test("a ticked box is done, whatever else happened")
    func done() {
        #expect(state(line: 13, on: "2026-11-12") == .done)
    }

    @Test("a one-to-one in another entry satisfies it; the follow-up's own entry does not count")
    func satisfiedByAnotherEntry() {
        guard case .satisfied(let by) = state(line: 11, on: "2026-11-12") else { Issue.record("not satisfied"); return }
        #expect(path(by) == "2026/11/2026-11-04-mo.md")
        #expect(state(line: 11, on: "2026-11-03") == .open)
    }

    @Test("with several people, the entry that completed it is the latest of each one's earliest one-to-one")
    func satisfiedByTheLast() {
        guard case .satisfied(let by) = state(line: 12, on: "2026-11-12") else { Issue.record("not satisfied"); return }
        #expect(path(by) == "2026/11/2026-11-08-oz.md")
    }

    @Test("one-to-many contact does not satisfy it, and it stays open until everyone is seen")
    func presentIsNotEnough() {
        #expect(state(line: 12, on: "2026-11-07") == .open)
    }

    @Test("a follow-up naming no one is never satisfied")
    func namingNoOne() {
        #expect(state(line: 14, on: "2026-11-09") == .open)
        #expect(state(line: 14, on: "2026-11-12") == .overdue(days: 3))
    }

    @Test("open on its due day, overdue the day after")
    func dueDay() {
        #expect(state(line: 15, on: "2026-11-20") == .open)
        #expect(state(line: 15, on: "2026-11-21") == .overdue(days: 1))
    }

    @Test("a one-to-one dated before the follow-up's entry does not satisfy it")
    func earlierOneToOne() {
        let journal = Journal(entries: [
            Entry(path: "a.md", date: day("2026-11-01"), interactions: [Interaction(handle: "kai", rung: .talked)]),
            Entry(path: "b.md", date: day("2026-11-02"),
                  followUps: [FollowUp(text: "See @kai", people: ["kai"], done: false, due: day("2026-11-09"), line: 9)]),
        ])
        let state = FollowUpState(of: journal.entries[1].followUps[0], inEntry: 1, journal: journal,
                                  history: History(journal), on: day("2026-11-05"))
        #expect(state == .open)
    }

    @Test("another entry on the same day satisfies it; ties on the date go to the later path")
    func sameDay() {
        let journal = Journal(entries: [
            Entry(path: "b.md", date: day("2026-11-02"),
                  followUps: [FollowUp(text: "See @kai and @lu", people: ["kai", "lu"], done: false,
                                       due: day("2026-11-09"), line: 9)]),
            Entry(path: "a.md", date: day("2026-11-02"), interactions: [Interaction(handle: "kai", rung: .contact)]),
            Entry(path: "c.md", date: day("2026-11-02"), interactions: [Interaction(handle: "lu", rung: .talked)]),
            Entry(path: "d.md", date: day("2026-11-03"), interactions: [Interaction(handle: "lu", rung: .talked)]),
        ])
        let index = journal.entries.firstIndex { $0.path == "b.md" }!
        let state = FollowUpState(of: journal.entries[index].followUps[0], inEntry: index, journal: journal,
                                  history: History(journal), on: day("2026-11-05"))
        guard case .satisfied(let by) = state else { Issue.record("not satisfied"); return }
        #expect(journal.entries[by].path == "c.md")
    }

    @Test("a one-to-one after the as-of day does not count yet")
    func afterAsOf() {
        #expect(state(line: 12, on: "2026-11-05") == .open)
    }
}
