import Foundation
import Testing
@testable import Basework

@Suite("Report JSON")
struct ReportJSONTests {
    typealias F = ReportFixtures

    func json(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("reach has every key of the contract, every role counted, and non-base people have a null standing")
    func reach() throws {
        let object = try json(ReachReport(ReportInput(F.time, F.week45)))
        #expect(Set(object.keys) == ["people", "firstContacts", "oneToOne", "oneToManyOnly", "crowd", "byRole", "list"])
        let list = try #require(object["list"] as? [[String: Any]])
        #expect(Set(list[0].keys) == ["handle", "name", "role", "standing", "interactions", "deepest", "firstContact"])
        #expect(list[0]["deepest"] as? String == "followed-up")
        #expect(list[1]["standing"] is NSNull)
        #expect(object["byRole"] as? [String: Int] == ["base": 1, "officer": 1, "staff": 1, "professional": 0, "outside": 0,
                                                         "comrade": 0, "opponent": 0, "other": 0])
    }

    @Test("depth names rungs by their tags, and someone first met in the period moved up from null")
    func depth() throws {
        let object = try json(DepthReport(ReportInput(F.depth, F.week45)))
        let ladder = try #require(object["ladder"] as? [[String: Any]])
        #expect(ladder.compactMap { $0["rung"] as? String }
            == ["present", "talked", "contact", "followed-up", "acted", "trained", "political", "recruited"])
        let moved = try #require(object["movedUp"] as? [[String: Any]])
        #expect(moved[0]["from"] is NSNull)
        #expect(moved[0]["to"] as? String == "followed-up")
    }

    @Test("03-time: time is written with every role and aim, unallocated, none and a rounded base share")
    func time() throws {
        let encoded = try text(TimeReport(ReportInput(F.time, F.week45)))
        #expect(encoded.contains(#""baseShare":0.5385"#))
        #expect(encoded.contains(#""byRole":{"base":70,"comrade":0,"officer":20,"opponent":0,"other":0,"outside":0,"professional":0,"staff":40,"unallocated":80}"#))
        #expect(encoded.contains(#""byFormat":{"oneToMany":40,"oneToOne":90,"unallocated":80}"#))
        #expect(encoded.contains(#""byAim":{"cadre":0,"deepen":0,"new-people":150,"none":60,"relationships":0}"#))
        #expect(encoded.contains(#""byStanding":{"cadre":0,"involved":0,"new":70}"#))
        #expect(!encoded.contains("plan"))
    }

    @Test("person-time is rounded to three decimals when written")
    func rounding() throws {
        let journal = F.journal([
            Entry(path: "a.md", date: F.day("2026-11-02"), minutes: 100, crowd: 5,
                  interactions: [Interaction(handle: "a"), Interaction(handle: "b")]),
        ], people: [Person(handle: "b", role: .officer)])
        let encoded = try text(TimeReport(ReportInput(journal, F.week45)))
        #expect(encoded.contains(#""base":66.667"#) && encoded.contains(#""officer":33.333"#) && encoded.contains(#""unallocated":0}"#))
        #expect(encoded.contains(#""baseShare":0.6667"#))
        #expect(ReportNumber.minutes(70.00000000000001) == 70)
    }

    @Test("with no person-time, baseShare and mostTimeWith are null, not missing")
    func nulls() throws {
        let object = try json(TimeReport(ReportInput(F.time, F.query("2026-11-05", "2026-11-05"))))
        #expect(object["baseShare"] is NSNull)
        #expect(object["mostTimeWith"] is NSNull)
    }

    @Test("the plan is written only when the settings have one")
    func plan() throws {
        var journal = F.time
        journal.settings.plan = [(.newPeople, 0.4)]
        let object = try json(TimeReport(ReportInput(journal, F.week45)))
        let plan = try #require(object["plan"] as? [[String: Any]])
        #expect(plan[0]["aim"] as? String == "new-people")
        #expect(plan[0]["planned"] as? Double == 0.4)
        #expect(plan[0]["actual"] as? Double == 1)
    }

    @Test("justifications name their rules, and a missing one has a null base share with no person-time")
    func justifications() throws {
        let object = try json(JustificationsReport(ReportInput(F.justify, F.week45)))
        let missing = try #require(object["missing"] as? [[String: Any]])
        #expect(missing[0]["rules"] as? [String] == ["base-share-below", "aims-outside"])
        #expect(missing[0]["date"] as? String == "2026-11-02")
        #expect(missing[0]["text"] == nil)
        let given = try #require(object["given"] as? [[String: Any]])
        #expect(given[1]["text"] as? String == "She is close to acting.")

        let admin = F.journal([Entry(path: "a.md", date: F.day("2026-11-02"), minutes: 60, mode: .support)])
        let none = try json(JustificationsReport(ReportInput(admin, F.week45)))
        let item = try #require((none["missing"] as? [[String: Any]])?.first)
        #expect(item["baseShare"] is NSNull)
        #expect(item["aim"] is NSNull)
    }
}
