import Testing
@testable import Basework

/// The v1.1 reading rules of an entry's body (FORMAT 2.2, 2.3, 2.7, 2.8), one test per rule.
@Suite("Body rules of v1.1")
struct BodyRuleTests {
    static let roster = RosterFile.read("""
        ana:
          name: Ana Lopez
          aliases: [an]
        bo:
          name: Bo Chen
        carla:
          name: Carla Ruiz
        """).roster

    static func diagnostics(_ body: String) throws -> [String] {
        try #require(EntryFile.read(EntryFile.frontMatter + body, roster: roster)).diagnostics.map(\.summary)
    }

    @Test("a handle ends with its inline: emphasis, a link's text")
    func handleEndsWithInline() throws {
        #expect(try EntryFile.handles("**@ana**s met [@bo](https://x.org/bo)이며\n") == ["ana", "bo"])
    }

    @Test("\\@ and &#64; are no mention, \\# no hashtag")
    func escapes() throws {
        let entry = try EntryFile.body("\\@ana and &#64;bo with @carla \\#talked\n")
        #expect(entry.interactions.map(\.handle) == ["carla"])
        #expect(entry.interactions.first?.rung == .present)
    }

    @Test("nothing inside a bare URL is a mention or hashtag")
    func bareURLs() throws {
        let entry = try EntryFile.body("@ana read https://medium.com/@organizer-jo/why and www.x.org/#first-time #talked\n")
        #expect(entry.interactions.map(\.handle) == ["ana"])
        #expect(entry.interactions.first?.firstTime == false)
        #expect(entry.interactions.first?.rung == .talked)
    }

    @Test("a wikilink naming a roster person by handle, alias or name is a mention; others are nothing")
    func wikilinks() throws {
        let entry = try EntryFile.body("[[Bo Chen|Bo]] and [[an]] and [[carla#notes]] read [[#Contact sheet|the contact sheet]] and [[Meeting notes]]\n",
                                       roster: Self.roster)
        #expect(entry.interactions.map(\.handle) == ["bo", "ana", "carla"])
        #expect(entry.interactions.allSatisfy { $0.rung == .present })
        #expect(try Self.diagnostics("[[Nobody Here]] and [[#heading]]\n").isEmpty)
    }

    @Test("each row of a table is a context of its own")
    func tableRows() throws {
        let entry = try EntryFile.body("| who | what |\n| --- | --- |\n| @ana | #talked |\n| @bo | #acted |\n")
        #expect(entry.interactions.map(\.rung) == [.talked, .acted])
    }

    @Test("a likely rung or flag tag is a misspelled-tag warning and still a free tag")
    func misspelledTags() throws {
        #expect(try Self.diagnostics("@ana #talkd #first-tme #followup #picnic\n") == [
            "entry.md:5:6 warning misspelled-tag", "entry.md:5:13 warning misspelled-tag", "entry.md:5:24 warning misspelled-tag",
        ])
        #expect(try EntryFile.body("@ana #talkd\n").interactions.first?.tags == ["talkd"])
    }

    @Test("unknown-person once per handle per file, at its first occurrence, with a suggestion")
    func unknownPerson() throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\npeople: [carl]\n---\n@carl and @zed\n\n@Carl again\n",
                                                  roster: Self.roster))
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:4:10 warning unknown-person", "entry.md:6:11 warning unknown-person"])
        #expect(outcome.diagnostics.first?.message.contains("did you mean @carla?") == true)
    }

    @Test("the justification is the section's Markdown source and stops at a follow-up heading")
    func justificationSource() throws {
        let entry = try EntryFile.body("""
            # Meeting

            ## Why?

            The lawyer *had* to be there:
            - stakes are high
            - `court` tomorrow

            ### Next steps

            - [ ] call @ana
            """)
        #expect(entry.justification == "The lawyer *had* to be there:\n- stakes are high\n- `court` tomorrow")
        #expect(entry.followUps.map(\.people) == [["ana"]])
    }

    @Test("follow-up headings of v1.1, due Friday, and an unreal due date")
    func followUps() throws {
        let body = "## To do:\n\n- call @ana due Friday\n- call @bo by 2026-11-40\n\n## Action items\n\n- book the room\n"
        let entry = try EntryFile.body(body)
        // 2026-11-20 is a Friday: the first Friday after it is 2026-11-27.
        #expect(entry.followUps.map(\.due.description) == ["2026-11-27", "2026-11-27", "2026-11-27"])
        #expect(try Self.diagnostics(body) == ["entry.md:8:15 warning bad-due-date"])
    }

    @Test("explicit times past the duration are one error, and the entry is read without them")
    func explicitTimesTooLong() throws {
        let outcome = try #require(EntryFile.read(EntryFile.frontMatter + "@ana (50m)\n\n@bo (20m)\n"))
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:7:5 error explicit-time-too-long"])
        let entry = try #require(outcome.entry)
        #expect(entry.interactions.map(\.explicitMinutes) == [nil, nil])
    }
}
