import Testing
@testable import Basework

@Suite("Justification rules")
struct JustificationRuleTests {
    typealias F = ReportFixtures

    func rules(_ entry: Entry, _ time: PersonTime, configure: (inout Settings.JustifyRules) -> Void = { _ in })
        -> [JustificationRule] {
        var settings = Settings.JustifyRules()
        configure(&settings)
        return JustificationRule.applying(to: entry, time: time, aim: EntryAim(entry, time), rules: settings)
    }

    let day = ReportFixtures.day("2026-11-02")
    let awayOnly = PersonTime(shares: [PersonTime.Share(handle: "boss", minutes: 30, role: .opponent,
                                                        standing: .new, format: .oneToOne)], unallocated: 0)
    let nobody = PersonTime(shares: [], unallocated: 60)

    @Test("a base share below the threshold needs a justification")
    func baseShareBelow() {
        #expect(rules(Entry(path: "a.md", date: day, minutes: 30), awayOnly) == [.baseShareBelow])
        #expect(rules(Entry(path: "a.md", date: day, minutes: 30), awayOnly) { $0.baseShareBelow = nil } == [])
    }

    @Test("an entry with no person-time is not judged by base-share-below")
    func noPersonTime() {
        #expect(rules(Entry(path: "a.md", date: day, minutes: 60), nobody) == [])
    }

    @Test("support work needs a justification unless the rule is off")
    func support() {
        let entry = Entry(path: "a.md", date: day, minutes: 60, mode: .support)
        #expect(rules(entry, nobody) == [.support])
        #expect(rules(entry, nobody) { $0.support = false } == [])
    }

    @Test("an aim outside the list needs a justification; an empty list is no rule")
    func aimsOutside() {
        let entry = Entry(path: "a.md", date: day, minutes: 60, aim: .relationships)
        #expect(rules(entry, nobody) == [])
        #expect(rules(entry, nobody) { $0.aimsOutside = [.newPeople, .deepen] } == [.aimsOutside])
        #expect(rules(entry, nobody) { $0.aimsOutside = [.relationships] } == [])
    }

    @Test("an inferred aim is judged like a given one")
    func inferredAimOutside() {
        #expect(rules(Entry(path: "a.md", date: day, minutes: 30), awayOnly) { $0.aimsOutside = [.newPeople] }
            == [.baseShareBelow, .aimsOutside])
    }

    @Test("an entry with no aim is not judged by aims-outside")
    func noAim() {
        #expect(rules(Entry(path: "a.md", date: day, minutes: 60), nobody) { $0.aimsOutside = [.newPeople] } == [])
    }

    @Test("several rules apply in FORMAT's order")
    func order() {
        let entry = Entry(path: "a.md", date: day, minutes: 30, mode: .support, aim: .cadre)
        #expect(rules(entry, awayOnly) { $0.aimsOutside = [.newPeople] } == [.baseShareBelow, .support, .aimsOutside])
    }

    @Test("a base share equal to the threshold is not below it")
    func atThreshold() {
        let time = PersonTime(F.time, History(F.time), entry: 2)
        #expect(time.baseShare == 0.5)
        #expect(rules(F.time.entries[2], time) == [.support])
    }
}

