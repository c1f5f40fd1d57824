import Foundation
import Testing
@testable import Basework

/// `Tests/Fixtures/real-notes`: a journal of notes as other tools write them (a Jekyll post, an
/// Obsidian note with wikilinks and a callout, a Hugo page with a shortcode and CRLF line endings,
/// a GitHub-style page with a table), read whole. Every figure and every diagnostic's place below
/// was worked out by hand from FORMAT v1.1, not copied from basework's output.
@Suite("Real notes")
struct RealNotesTests {
    static let root = GoldenRun.root.appendingPathComponent("Tests/Fixtures/real-notes").path
    static let picket = "_posts/2026-11-10-picket.markdown"
    static let oneToOnes = "notes/2026-11-12 one-to-ones.md"
    static let committee = "weekly/2026-11-13-committee.md"
    static let houseVisits = "content/posts/house-visits.md"

    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// Every file that opens with `---` outside a dot folder is an entry (FORMAT 1); the README has
    /// no front matter and `.obsidian/` is skipped, so neither is an entry nor a diagnostic.
    @Test("four entries, by date, none left out")
    func entries() throws {
        let journal = try JournalReader.read(root: Self.root)
        #expect(journal.entries.map(\.path) == [Self.picket, Self.oneToOnes, Self.committee, Self.houseVisits])
        #expect(journal.leftOut == 0)
        #expect(journal.roster.people.count == 5)
    }

    /// FORMAT 6: the four problems, each at its first character; the wrong `crowd` keeps the entry.
    /// Columns count Unicode code points (Docs/DECISIONS.md): `#talkd` follows
    /// `Then 👩🏽‍⚕️ @ana stopped by (10 mins) `, 33 characters as a person sees them, but the emoji is
    /// five code points (woman, skin tone, joiner, staff of Aesculapius, variation selector): 37 code
    /// points come before it, so it is at column 38.
    @Test("every diagnostic at its line and column")
    func diagnostics() throws {
        let journal = try JournalReader.read(root: Self.root)
        #expect(journal.diagnostics.map(\.summary) == [
            "\(Self.picket):10:8 error bad-value",
            "\(Self.picket):31:26 warning bad-due-date",
            "\(Self.houseVisits):15:38 warning misspelled-tag",
            "\(Self.committee):14:3 warning unknown-person",
        ])
        let unknown = try #require(journal.diagnostics.first { $0.rule == .unknownPerson })
        #expect(unknown.message.contains("did you mean @maria?"))
    }

    @Test("the Jekyll post: Jekyll's keys, a wrong crowd, emphasis glued to handles, a Why cut by Next steps")
    func jekyllPost() throws {
        let entry = try Self.entry(Self.picket)
        #expect(entry.date == Self.day("2026-11-10") && entry.minutes == 180)
        #expect(entry.activity == "picket" && entry.struggle == "riverside-nurses" && entry.crowd == 0)
        #expect(entry.aim == nil && entry.mode == .building && entry.tags.isEmpty)
        #expect(entry.title == "Picket at Riverside")
        #expect(entry.justification == "Nights have never had a rep.\n*Everyone* on 4 West knows @maria-g.")
        #expect(entry.interactions == [
            Interaction(handle: "maria-g", rung: .talked, firstTime: true, line: 15),
            Interaction(handle: "deshawn", rung: .present, line: 17),
            Interaction(handle: "pat-kim", rung: .talked, explicitMinutes: 20, line: 18),
            Interaction(handle: "lena-p", rung: .acted, line: 19),
        ])
        #expect(entry.followUps == [
            FollowUp(text: "Coffee with @Maria about nights, due Friday", people: ["maria-g"], done: false,
                     due: Self.day("2026-11-13"), line: 29),
            FollowUp(text: "Text @deshawn the rally time", people: ["deshawn"], done: true, due: Self.day("2026-11-17"), line: 30),
            FollowUp(text: "Book the room, due 2026-11-40", people: [], done: false, due: Self.day("2026-11-17"), line: 31),
        ])
    }

    @Test("the Obsidian note: wikilinks by name, alias and handle; notes, headings and images name no one; a callout")
    func obsidianNote() throws {
        let entry = try Self.entry(Self.oneToOnes)
        #expect(entry.minutes == 120 && entry.activity == "one-to-one" && entry.aim == .relationships)
        #expect(entry.tags == ["nights"] && entry.title == "One-to-ones" && entry.justification == nil)
        // (45m) and (15m) are in one paragraph with two people: 60 minutes shared, 30 each.
        #expect(entry.interactions == [
            Interaction(handle: "maria-g", rung: .talked, explicitMinutes: 30, line: 12),
            Interaction(handle: "pat-kim", rung: .talked, explicitMinutes: 30, line: 12),
            Interaction(handle: "lena-p", rung: .trained, line: 16),
            Interaction(handle: "deshawn", rung: .political, line: 18),
        ])
        #expect(entry.followUps.isEmpty)
    }

    @Test("the GitHub page: each table row its own context, bare URLs hold nothing, people with @ and [[ ]]")
    func githubPage() throws {
        let entry = try Self.entry(Self.committee)
        #expect(entry.minutes == 120 && entry.activity == "meeting" && entry.mode == .support && entry.aim == nil)
        #expect(entry.title == "Committee meeting")
        #expect(entry.interactions == [
            Interaction(handle: "maria-g", rung: .acted, explicitMinutes: 20, line: 12),
            Interaction(handle: "pat-kim", rung: .talked, line: 13),
            Interaction(handle: "marla", rung: .present, line: 14),
            Interaction(handle: "ana", rung: .talked, line: 16),
            Interaction(handle: "lena-p", rung: .present, line: 6),
        ])
        #expect(entry.followUps == [
            FollowUp(text: "Call @marla, due 2026-11-20", people: ["marla"], done: false, due: Self.day("2026-11-20"), line: 21),
            FollowUp(text: "ask @maria-g to bring her", people: ["maria-g"], done: false, due: Self.day("2026-11-20"), line: 22),
        ])
    }

    @Test("the Hugo page: draft and weight, a shortcode, CRLF, a link's text ends its handle, a misspelled rung")
    func hugoPage() throws {
        let entry = try Self.entry(Self.houseVisits)
        #expect(entry.minutes == 90 && entry.activity == "house-visit" && entry.aim == .deepen && entry.title == nil)
        #expect(entry.interactions == [
            Interaction(handle: "deshawn", rung: .acted, firstTime: true, explicitMinutes: 60, line: 13),
            Interaction(handle: "ana", rung: .present, tags: ["talkd"], explicitMinutes: 10, line: 15),
        ])
    }

    /// FORMAT 3.3: explicit times first, the rest shared equally; 3.1: staff and officers are away
    /// from the base, an unknown person counts as base.
    @Test("person-time, unallocated time and base share of each entry")
    func personTime() throws {
        let journal = try JournalReader.read(root: Self.root)
        let history = History(journal)
        let third = 160.0 / 3
        let expected: [(shares: [String: Double], unallocated: Double, base: Double)] = [
            (["maria-g": third, "deshawn": third, "pat-kim": 20, "lena-p": third], 0, 160.0 / 180),
            (["maria-g": 30, "pat-kim": 30, "lena-p": 30, "deshawn": 30], 0, 90.0 / 120),
            (["maria-g": 20, "pat-kim": 25, "marla": 25, "ana": 25, "lena-p": 25], 0, 70.0 / 120),
            (["deshawn": 60, "ana": 10], 20, 60.0 / 70),
        ]
        for (index, figures) in expected.enumerated() {
            let time = PersonTime(journal, history, entry: index)
            #expect(time.shares.allSatisfy { $0.handle != nil }, "no crowd: `crowd: about 60` is read as no crowd")
            let shares = Dictionary(uniqueKeysWithValues: time.shares.map { ($0.handle ?? "crowd", $0.minutes) })
            #expect(shares.keys.sorted() == figures.shares.keys.sorted())
            for (handle, minutes) in figures.shares { #expect(abs((shares[handle] ?? -1) - minutes) < 1e-9, "\(index) \(handle)") }
            #expect(abs(time.unallocated - figures.unallocated) < 1e-9)
            #expect(abs((time.baseShare ?? -1) - figures.base) < 1e-9)
        }
    }

    /// The week's person-time by person: the sums of the shares above.
    @Test("time per person over the week")
    func timePerPerson() throws {
        let journal = try JournalReader.read(root: Self.root)
        let history = History(journal)
        var minutes: [String: Double] = [:]
        for index in journal.entries.indices {
            for share in PersonTime(journal, history, entry: index).shares { minutes[share.handle ?? "crowd", default: 0] += share.minutes }
        }
        let expected: [String: Double] = ["maria-g": 160.0 / 3 + 30 + 20, "deshawn": 160.0 / 3 + 30 + 60, "pat-kim": 20 + 30 + 25,
                                          "lena-p": 160.0 / 3 + 30 + 25, "marla": 25, "ana": 25 + 10]
        #expect(minutes.keys.sorted() == expected.keys.sorted())
        for (handle, figure) in expected { #expect(abs((minutes[handle] ?? -1) - figure) < 1e-9, "\(handle)") }
    }

    /// The week's depth (FORMAT 3.2): a one-to-one after a person's first counts as followed-up.
    @Test("rungs as the history derives them")
    func derivedRungs() throws {
        let journal = try JournalReader.read(root: Self.root)
        let history = History(journal)
        #expect(history.rungs == [
            [.talked, .present, .talked, .acted],
            [.followedUp, .followedUp, .trained, .political],
            [.acted, .followedUp, .present, .talked, .present],
            [.acted, .present],
        ])
    }

    static func entry(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Entry {
        let journal = try JournalReader.read(root: root)
        return try #require(journal.entries.first { $0.path == path }, sourceLocation: sourceLocation)
    }
}
