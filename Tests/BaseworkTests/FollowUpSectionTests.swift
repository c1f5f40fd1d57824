import Testing
@testable import Basework

@Suite("Follow-up sections (FORMAT 2.8)")
struct FollowUpSectionTests {
    static let headings = ["Follow-up", "Follow up", "Follow-ups", "Followups", "Next steps",
                            "FOLLOW-UP", "follow up", "next Steps", "followUps"]

    @Test("each spelling at any level opens a follow-up section", arguments: headings, 1...6)
    func spellings(_ heading: String, _ level: Int) throws {
        let entry = try EntryFile.body("\(String(repeating: "#", count: level)) \(heading)\n\n- [ ] Coffee with @maria-g\n")
        #expect(entry.followUps.map(\.people) == [["maria-g"]])
        #expect(entry.interactions.isEmpty)
    }

    @Test("a setext heading opens one too")
    func setext() throws {
        #expect(try EntryFile.body("Next steps\n----------\n\n- call @bo\n").followUps.count == 1)
    }

    @Test("a heading that only starts like one does not", arguments: ["Follow-up notes", "Followup", "Next step", "Follow-up: later"])
    func notAFollowUpHeading(_ heading: String) throws {
        let entry = try EntryFile.body("## \(heading)\n\n- call @bo\n")
        #expect(entry.followUps.isEmpty)
        #expect(entry.interactions.map(\.handle) == ["bo"])
    }

    @Test("mentions in a follow-up section are plans, not interactions")
    func plansNotInteractions() throws {
        let entry = try EntryFile.body("""
            - @ana #talked

            ## Follow-up

            - [ ] Coffee with @ana and @bo

            Also think about @cy.
            """)
        #expect(entry.interactions.map(\.handle) == ["ana"])
        #expect(entry.interactions.first?.rung == .talked)
        #expect(entry.followUps.map(\.people) == [["ana", "bo"]])
    }

    @Test("the section ends at the next heading of the same level")
    func endsAtSameLevel() throws {
        let entry = try EntryFile.body("## Follow-up\n\n- [ ] call @ana\n\n## Notes\n\n- @bo #talked\n")
        #expect(entry.followUps.count == 1)
        #expect(entry.interactions.map(\.handle) == ["bo"])
    }

    @Test("the section ends at the next heading of a higher level")
    func endsAtHigherLevel() throws {
        let entry = try EntryFile.body("### Next steps\n\n- [ ] call @ana\n\n# Later\n\n- @bo #talked\n")
        #expect(entry.followUps.count == 1)
        #expect(entry.interactions.map(\.handle) == ["bo"])
    }

    @Test("a deeper heading stays inside the section")
    func deeperStaysInside() throws {
        let entry = try EntryFile.body("## Follow-up\n\n### This week\n\n- [ ] call @ana\n\n### Later\n\n- see @bo\n")
        #expect(entry.followUps.map(\.people) == [["ana"], ["bo"]])
        #expect(entry.interactions.isEmpty)
    }

    @Test("boxes: [ ] is open, [x] and [X] are done, no box is open",
          arguments: [("[ ] Coffee with @ana", false), ("[x] Text @ana", true), ("[X] Text @ana", true), ("Call @ana", false)])
    func boxes(_ item: String, _ done: Bool) throws {
        let followUp = try #require(EntryFile.body("## Follow-up\n\n- \(item)\n").followUps.first)
        #expect(followUp.done == done)
        #expect(followUp.text.hasPrefix("[") == false)
        #expect(followUp.people == ["ana"])
    }

    @Test("a box later in the text is not a box")
    func boxLater() throws {
        let followUp = try #require(EntryFile.body("## Follow-up\n\n- call @ana [x]\n").followUps.first)
        #expect(!followUp.done)
        #expect(followUp.text == "call @ana [x]")
    }

    @Test("each item, nested ones included, is one follow-up with its own text")
    func nested() throws {
        let entry = try EntryFile.body("""
            ## Follow-up

            - [ ] Plan the rally with @ana
              - [x] Book the hall
              - [ ] Ask @bo for the keys
            - [ ] Text @cy
            """)
        #expect(entry.followUps.map(\.text) == ["Plan the rally with @ana", "Book the hall", "Ask @bo for the keys", "Text @cy"])
        #expect(entry.followUps.map(\.done) == [false, true, false, false])
        #expect(entry.followUps.map(\.people) == [["ana"], [], ["bo"], ["cy"]])
        #expect(entry.followUps.map(\.line) == [7, 8, 9, 10])
    }

    @Test("a follow-up naming no one is allowed")
    func namingNoOne() throws {
        let followUp = try #require(EntryFile.body("## Next steps\n\n- [ ] book the room\n").followUps.first)
        #expect(followUp.people.isEmpty)
        #expect(followUp.text == "book the room")
    }

    @Test("a follow-up's people are canonical handles, sorted, once each")
    func people() throws {
        let (roster, _) = RosterFile.read("pat-kim:\n  aliases: [pat]\nana: {}\n")
        let followUp = try #require(EntryFile.body("## Follow-up\n\n- @Pat, @ana and @pat-kim\n", roster: roster).followUps.first)
        #expect(followUp.people == ["ana", "pat-kim"])
    }

    @Test("the due date is the first YYYY-MM-DD in the text",
          arguments: [("Coffee with @ana, due 2026-11-27", "2026-11-27"), ("by 2026-12-01 or 2026-11-25", "2026-12-01"),
                      ("not 2026-11-31 but 2026-11-30", "2026-11-30"), ("[ ] 2026-12-24: party", "2026-12-24")])
    func due(_ item: String, _ day: String) throws {
        #expect(try EntryFile.body("## Follow-up\n\n- \(item)\n").followUps.first?.due == Day(iso: day))
    }

    @Test("without a date the due date is the entry's date plus the settings' follow-up-days")
    func defaultDue() throws {
        #expect(try EntryFile.body("## Follow-up\n\n- call @ana\n").followUps.first?.due == Day(iso: "2026-11-27"))
        var settings = Settings()
        settings.followUpDays = 3
        #expect(try EntryFile.body("## Follow-up\n\n- call @ana\n", settings: settings).followUps.first?.due == Day(iso: "2026-11-23"))
    }

    @Test("a date in a code span is not the due date")
    func dueInCode() throws {
        #expect(try EntryFile.body("## Follow-up\n\n- see `2026-12-01`\n").followUps.first?.due == Day(iso: "2026-11-27"))
    }

    @Test("a paragraph in a follow-up section is neither a follow-up nor an interaction")
    func paragraphInSection() throws {
        let entry = try EntryFile.body("## Follow-up\n\nRemember @ana.\n")
        #expect(entry.followUps.isEmpty)
        #expect(entry.interactions.isEmpty)
    }

    @Test("an entry may have several follow-up sections")
    func several() throws {
        let entry = try EntryFile.body("## Follow-up\n\n- call @ana\n\n## Talk\n\n@cy #talked\n\n## Next steps\n\n- call @bo\n")
        #expect(entry.followUps.map(\.people) == [["ana"], ["bo"]])
        #expect(entry.interactions.map(\.handle) == ["cy"])
    }

    @Test("an unknown person in a follow-up is still a warning")
    func unknownInFollowUp() throws {
        let (roster, _) = RosterFile.read("ana: {}\n")
        let outcome = try #require(EntryFile.read(EntryFile.frontMatter + "## Follow-up\n\n- call @zed\n", roster: roster))
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:7:8 warning unknown-person"])
    }

    @Test("a follow-up or Why heading is not the entry's title")
    func sectionHeadingIsNoTitle() throws {
        let outcome = try #require(EntryFile.read(EntryFile.frontMatter + "## Follow-up\n\n- call @ana\n\n# Picket\n"))
        #expect(outcome.entry?.title == "Picket")
    }
}
