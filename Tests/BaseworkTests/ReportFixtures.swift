@testable import Basework

/// Small journals for the report tests, built as model values. The conformance cases under
/// `shared/conformance/` are written here entry by entry, as the reader would read them.
enum ReportFixtures {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func query(_ from: String, _ to: String, author: String? = nil, struggle: String? = nil) -> Query {
        Query(period: Period(from: day(from), to: day(to)), asOf: day(to), author: author, struggle: struggle)
    }

    /// The first week of the conformance cases: 2026-11-02 to 2026-11-08.
    static let week45 = query("2026-11-02", "2026-11-08")

    /// 01-mentions: `@Ana` talked; `@benny`, an alias of ben, present; code, links and e-mail ignored.
    static let mentions = Journal(
        entries: [
            Entry(path: "2026/11/2026-11-02-call.md", date: day("2026-11-02"), minutes: 60, activity: "call",
                  interactions: [Interaction(handle: "ana", rung: .talked), Interaction(handle: "ben")]),
        ],
        roster: Roster(people: [Person(handle: "ana", name: "Ana Ruiz"),
                                Person(handle: "ben", name: "Ben Ode", aliases: ["benny"])],
                       aliases: ["benny": "ben"], exists: true))

    /// 02-contexts: a two-hour meeting with six people, no roster.
    static let contexts = Journal(entries: [
        Entry(path: "2026/11/2026-11-03-planning.md", date: day("2026-11-03"), minutes: 120, activity: "meeting",
              interactions: [
                  Interaction(handle: "cara"),
                  Interaction(handle: "dan", rung: .talked),
                  Interaction(handle: "eve", rung: .talked),
                  Interaction(handle: "fay"),
                  Interaction(handle: "gil", rung: .acted, firstTime: true),
                  Interaction(handle: "hal"),
              ]),
    ])

    /// 03-time: a picket with explicit, shared and crowd time; an admin hour; a support call.
    static let time = Journal(
        entries: [
            Entry(path: "2026/11/2026-11-04-picket.md", date: day("2026-11-04"), minutes: 90, activity: "picket",
                  crowd: 10,
                  interactions: [Interaction(handle: "ida", rung: .talked, explicitMinutes: 30),
                                 Interaction(handle: "jon", rung: .talked),
                                 Interaction(handle: "kim")]),
            Entry(path: "2026/11/2026-11-05-admin.md", date: day("2026-11-05"), minutes: 60, activity: "meeting"),
            Entry(path: "2026/11/2026-11-06-call.md", date: day("2026-11-06"), minutes: 60, activity: "call",
                  mode: .support,
                  interactions: [Interaction(handle: "ida", rung: .talked, explicitMinutes: 20),
                                 Interaction(handle: "kim", rung: .talked, explicitMinutes: 20)]),
        ],
        roster: Roster(people: [Person(handle: "ida", role: .base), Person(handle: "jon", role: .officer),
                                Person(handle: "kim", role: .staff)], exists: true))

    /// 04-depth: lea talked twice on one day, again three days later, then acted and talked the week after.
    static let depth = Journal(entries: [
        Entry(path: "2026/11/2026-11-02-a.md", date: day("2026-11-02"), minutes: 30, activity: "call",
              interactions: [Interaction(handle: "lea", rung: .talked)]),
        Entry(path: "2026/11/2026-11-02-b.md", date: day("2026-11-02"), minutes: 30, activity: "call",
              interactions: [Interaction(handle: "lea", rung: .talked)]),
        Entry(path: "2026/11/2026-11-05-call.md", date: day("2026-11-05"), minutes: 30, activity: "call",
              interactions: [Interaction(handle: "lea", rung: .talked)]),
        Entry(path: "2026/11/2026-11-09-picket.md", date: day("2026-11-09"), minutes: 60, activity: "picket",
              interactions: [Interaction(handle: "lea", rung: .acted)]),
        Entry(path: "2026/11/2026-11-10-call.md", date: day("2026-11-10"), minutes: 20, activity: "call",
              interactions: [Interaction(handle: "lea", rung: .talked, explicitMinutes: 20)]),
    ])

    /// 09-justify: each rule of FORMAT 3.5, several at once, and justifications given two ways.
    static let justify: Journal = {
        var settings = Settings()
        settings.justify.aimsOutside = [.newPeople, .deepen]
        return Journal(
            entries: [
                Entry(path: "2026/11/2026-11-02-lawyer.md", date: day("2026-11-02"), minutes: 60,
                      activity: "meeting", aim: .cadre,
                      interactions: [Interaction(handle: "lawyer", rung: .talked, explicitMinutes: 45),
                                     Interaction(handle: "ana", rung: .talked)]),
                Entry(path: "2026/11/2026-11-03-court.md", date: day("2026-11-03"), minutes: 120,
                      activity: "court-support", mode: .support, justification: "Ana asked us to come.",
                      interactions: [Interaction(handle: "ana", rung: .talked)]),
                Entry(path: "2026/11/2026-11-04-boss.md", date: day("2026-11-04"), minutes: 30, activity: "call",
                      aim: .deepen, justification: "She is close to acting.",
                      interactions: [Interaction(handle: "boss", rung: .talked)]),
                Entry(path: "2026/11/2026-11-05-ana.md", date: day("2026-11-05"), minutes: 30, activity: "call",
                      aim: .relationships, interactions: [Interaction(handle: "ana", rung: .talked)]),
            ],
            roster: Roster(people: [Person(handle: "ana", name: "Ana"),
                                    Person(handle: "boss", name: "The Boss", role: .opponent),
                                    Person(handle: "lawyer", name: "Lawyer", role: .professional)], exists: true),
            settings: settings)
    }()

    /// A one-entry journal, for the unit tests of a single derivation.
    static func journal(_ entries: [Entry], people: [Person] = [], settings: Settings = Settings()) -> Journal {
        Journal(entries: entries, roster: Roster(people: people, exists: !people.isEmpty), settings: settings)
    }
}
