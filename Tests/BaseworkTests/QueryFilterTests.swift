import Testing
@testable import Basework

@Suite("--person, --tag and --group")
struct QueryFilterTests {
    let roster = Roster(people: [Person(handle: "maria-g", group: "4 West nights", aliases: ["maria"]),
                                 Person(handle: "pat", role: .officer, group: "Local 12")],
                        aliases: ["maria": "maria-g"], exists: true)
    let day = Day(iso: "2026-11-20")!

    func journal(_ entries: [Entry]) -> Journal { Journal(entries: entries, roster: roster) }

    func query(person: String? = nil, tag: String? = nil, group: String? = nil, author: String? = nil) -> Query {
        Query(period: Period(from: day, to: day), asOf: day, author: author, person: person, tag: tag, group: group)
    }

    @Test("--person matches an interaction or a follow-up naming the person, through aliases, with or without @")
    func person() {
        let talked = Entry(path: "a.md", date: day, interactions: [Interaction(handle: "maria-g")])
        let owed = Entry(path: "b.md", date: day, followUps: [FollowUp(text: "call @maria", people: ["maria-g"], done: false, due: day, line: 5)])
        let other = Entry(path: "c.md", date: day, interactions: [Interaction(handle: "pat")])
        let all = journal([talked, owed, other])
        for name in ["maria", "@Maria", "maria-g"] {
            #expect(all.entries.filter { query(person: name).matches($0, all) }.map(\.path) == ["a.md", "b.md"])
        }
    }

    @Test("--tag matches front matter tags, free hashtags, rung tags and #first-time, case and # ignored")
    func tag() {
        let front = Entry(path: "a.md", date: day, tags: ["night-shift"])
        let hashtag = Entry(path: "b.md", date: day, hashtags: ["strike"], interactions: [Interaction(handle: "pat", tags: ["strike"])])
        let rung = Entry(path: "c.md", date: day, hashtags: ["talked"], interactions: [Interaction(handle: "pat", rung: .talked)])
        let first = Entry(path: "d.md", date: day, hashtags: ["first-time"], interactions: [Interaction(handle: "pat", firstTime: true)])
        let all = journal([front, hashtag, rung, first])
        #expect(all.entries.filter { query(tag: "Night-Shift").matches($0, all) }.map(\.path) == ["a.md"])
        #expect(all.entries.filter { query(tag: "#strike").matches($0, all) }.map(\.path) == ["b.md"])
        #expect(all.entries.filter { query(tag: "talked").matches($0, all) }.map(\.path) == ["c.md"])
        #expect(all.entries.filter { query(tag: "first-time").matches($0, all) }.map(\.path) == ["d.md"])
        #expect(all.entries.filter { query(tag: "present").matches($0, all) }.isEmpty)
    }

    @Test("--group matches an entry mentioning someone of the roster group; filters combine")
    func group() {
        let nights = Entry(path: "a.md", date: day, author: "alex", interactions: [Interaction(handle: "maria-g")])
        let local = Entry(path: "b.md", date: day, author: "sam", interactions: [Interaction(handle: "pat")])
        let unknown = Entry(path: "c.md", date: day, interactions: [Interaction(handle: "zed")])
        let all = journal([nights, local, unknown])
        #expect(all.entries.filter { query(group: "4 west NIGHTS").matches($0, all) }.map(\.path) == ["a.md"])
        #expect(all.entries.filter { query(group: "Local 12", author: "alex").matches($0, all) }.isEmpty)
        #expect(all.entries.filter { query(tag: "x", group: "Local 12").matches($0, all) }.isEmpty)
        #expect(query(group: "x").isFiltered && !query().isFiltered)
    }
}
