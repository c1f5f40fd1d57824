import Testing
@testable import Basework

@Suite("First-timers owed a one-to-one (FORMAT 3.6)")
struct FirstTimerTests {
    let journal = ConformanceJournals.firstTimers

    func owed(on date: String) -> [FirstTimer] {
        FirstTimer.owed(on: day(date), journal: journal, history: History(journal))
    }

    @Test("heat by tag and by activity; a non-heat entry owes nothing; a one-to-one in time clears it")
    func whoIsOwed() {
        let owed = owed(on: "2026-11-06")
        #expect(owed.map(\.handle) == ["sol", "rui"])
        #expect(owed.map { journal.entries[$0.entry].path }
            == ["2026/11/2026-11-02-meeting.md", "2026/11/2026-11-02-picket.md"])
        #expect(owed.allSatisfy { $0.state == .open && $0.dueBy == day("2026-11-07") && $0.date == day("2026-11-02") })
    }

    @Test("open on the last day of the window, overdue after it")
    func window() {
        #expect(owed(on: "2026-11-07").map(\.state) == [.open, .open])
        #expect(owed(on: "2026-11-10").map(\.state) == [.overdue, .overdue])
    }

    @Test("a late one-to-one still clears it")
    func late() {
        #expect(owed(on: "2026-11-12").map(\.handle) == ["sol"])
    }

    @Test("the heat entry's own one-to-one does not count")
    func ownEntry() {
        // quin is tagged #acted in the picket itself, and owed until the call on 11-05.
        #expect(owed(on: "2026-11-04").map(\.handle) == ["sol", "quin", "rui"])
    }

    @Test("nothing is owed before the heat entry's day")
    func beforeTheEntry() {
        #expect(owed(on: "2026-11-01").isEmpty)
    }

    @Test("only entries that supply them list them")
    func supplied() {
        let owed = FirstTimer.owed(on: day("2026-11-06"), journal: journal, history: History(journal)) {
            $0.activity == "picket"
        }
        #expect(owed.map(\.handle) == ["rui"])
    }
}
