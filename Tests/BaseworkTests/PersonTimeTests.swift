import Testing
@testable import Basework

@Suite("Person-time")
struct PersonTimeTests {
    typealias F = ReportFixtures

    func split(_ journal: Journal, _ index: Int = 0) -> PersonTime {
        PersonTime(journal, History(journal), entry: index)
    }

    @Test("explicit times come first and the rest is shared equally, with one share for the crowd")
    func explicitThenShared() {
        let time = split(F.time, 0)
        #expect(time.shares.map(\.minutes) == [30, 20, 20, 20])
        #expect(time.shares.map(\.handle) == ["ida", "jon", "kim", nil])
        #expect(time.unallocated == 0)
        #expect(time.minutes == 90)
    }

    @Test("the crowd's share is base, new and one-to-many")
    func crowdShare() throws {
        let crowd = try #require(split(F.time, 0).shares.last)
        #expect(crowd.role == .base)
        #expect(crowd.standing == .new)
        #expect(crowd.format == .oneToMany)
    }

    @Test("each share carries the roster's role, and present is one-to-many")
    func rolesAndFormats() {
        let time = split(F.time, 0)
        #expect(time.shares.map(\.role) == [.base, .officer, .staff, .base])
        #expect(time.shares.map(\.format) == [.oneToOne, .oneToOne, .oneToMany, .oneToMany])
    }

    @Test("time left over when everyone has an explicit time is unallocated")
    func leftOverIsUnallocated() {
        let time = split(F.time, 2)
        #expect(time.shares.map(\.minutes) == [20, 20])
        #expect(time.unallocated == 20)
    }

    @Test("an entry with no interaction and no crowd is all unallocated")
    func noOneIsUnallocated() {
        let time = split(F.time, 1)
        #expect(time.shares.isEmpty)
        #expect(time.unallocated == 60)
        #expect(!time.hasPersonTime)
        #expect(time.baseShare == nil)
    }

    @Test("a crowd alone takes the whole duration")
    func crowdAlone() {
        let journal = F.journal([Entry(path: "a.md", date: F.day("2026-11-02"), minutes: 45, crowd: 30)])
        let time = split(journal)
        #expect(time.shares.map(\.minutes) == [45])
        #expect(time.baseShare == 1)
    }

    @Test("explicit times past the duration are cut to what is left, never a crash")
    func explicitPastDuration() {
        let journal = F.journal([
            Entry(path: "a.md", date: F.day("2026-11-02"), minutes: 30,
                  interactions: [Interaction(handle: "a", explicitMinutes: 20),
                                 Interaction(handle: "b", explicitMinutes: 20),
                                 Interaction(handle: "c")]),
        ])
        let time = split(journal)
        #expect(time.shares.map(\.minutes) == [20, 10, 0])
        #expect(time.unallocated == 0)
    }

    @Test("time at someone's first action was spent with a new person")
    func standingBeforeTheDay() {
        let journal = F.journal([
            Entry(path: "a.md", date: F.day("2026-11-02"), minutes: 60,
                  interactions: [Interaction(handle: "mo", rung: .acted)]),
            Entry(path: "b.md", date: F.day("2026-11-03"), minutes: 60,
                  interactions: [Interaction(handle: "mo", rung: .talked)]),
        ])
        #expect(split(journal, 0).shares[0].standing == .new)
        #expect(split(journal, 1).shares[0].standing == .involved)
    }

    @Test("a roster standing fixes the standing of a share")
    func rosterStanding() {
        let journal = F.journal([Entry(path: "a.md", date: F.day("2026-11-02"), minutes: 60,
                                       interactions: [Interaction(handle: "lena")])],
                                people: [Person(handle: "lena", standing: .cadre)])
        #expect(split(journal).shares[0].standing == .cadre)
    }

    @Test("a one-to-one derived as followed-up is one-to-one, and a handle not on the roster is base")
    func derivedRungAndUnknownHandle() {
        let time = split(F.depth, 2)
        #expect(time.shares[0].format == .oneToOne)
        #expect(time.shares[0].role == .base)
    }

    @Test("base share counts the crowd as base")
    func baseShareWithCrowd() throws {
        let share = try #require(split(F.time, 0).baseShare)
        #expect(abs(share - 50.0 / 90.0) < 1e-9)
    }
}
