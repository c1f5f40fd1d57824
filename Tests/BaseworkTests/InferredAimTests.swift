import Testing
@testable import Basework

@Suite("Inferred aim")
struct InferredAimTests {
    typealias F = ReportFixtures

    func share(_ minutes: Double, _ role: Role = .base, _ standing: Standing = .new) -> PersonTime.Share {
        PersonTime.Share(handle: "x", minutes: minutes, role: role, standing: standing, format: .oneToOne)
    }

    @Test("the largest group of person-time gives the aim")
    func largestGroup() {
        #expect(Aim(inferredFrom: PersonTime(shares: [share(10), share(30, .base, .involved)], unallocated: 0))
            == .deepen)
        #expect(Aim(inferredFrom: PersonTime(shares: [share(50), share(20, .base, .involved)], unallocated: 0))
            == .newPeople)
    }

    @Test("a tie between aims goes to the earlier aim")
    func tie() {
        let time = PersonTime(shares: [share(20), share(20, .staff)], unallocated: 20)
        #expect(Aim(inferredFrom: time) == .newPeople)
        let later = PersonTime(shares: [share(20, .base, .involved), share(20, .base, .cadre)], unallocated: 0)
        #expect(Aim(inferredFrom: later) == .deepen)
    }

    @Test("base cadre and every role away from the base count together toward cadre")
    func cadreOrAway() {
        let time = PersonTime(shares: [share(25), share(15, .base, .cadre), share(15, .opponent)], unallocated: 0)
        #expect(Aim(inferredFrom: time) == .cadre)
    }

    @Test("an entry with only unallocated time has no aim")
    func onlyUnallocated() {
        #expect(Aim(inferredFrom: PersonTime(shares: [], unallocated: 60)) == nil)
        #expect(EntryAim(Entry(path: "a.md", date: F.day("2026-11-02"), minutes: 60),
                         PersonTime(shares: [], unallocated: 60)) == nil)
    }

    @Test("a given aim is the entry's aim and is not marked inferred")
    func givenAim() {
        let entry = Entry(path: "a.md", date: F.day("2026-11-02"), minutes: 60, aim: .relationships)
        let time = PersonTime(shares: [share(60)], unallocated: 0)
        #expect(EntryAim(entry, time) == EntryAim(aim: .relationships, isInferred: false))
        #expect(EntryAim(Entry(path: "b.md", date: entry.date, minutes: 60), time)
            == EntryAim(aim: .newPeople, isInferred: true))
    }
}
