import Testing
@testable import Basework

@Suite("Mentions (FORMAT 2.2)")
struct MentionTests {
    @Test("a mention is @ then a handle of letters, digits, -, _ and .",
          arguments: [("@maria-g was there", "maria-g"), ("@pat_kim", "pat_kim"), ("@j.doe said", "j.doe"),
                      ("@4west nights", "4west"), ("with @Léa too", "léa")])
    func handle(_ text: String, _ expected: String) throws {
        #expect(try EntryFile.handles(text) == [expected])
    }

    @Test("a handle does not end in a dot", arguments: ["Met @ana.", "Met @ana...", "(@ana.)"])
    func trailingDots(_ text: String) throws {
        #expect(try EntryFile.handles(text) == ["ana"])
    }

    @Test("a dot inside a handle is kept")
    func innerDot() throws {
        #expect(try EntryFile.handles("Met @j.doe. Then left.") == ["j.doe"])
    }

    @Test("handles compare case-insensitively and are kept lower case")
    func caseInsensitive() throws {
        let entry = try EntryFile.body("@Ana called.\n\n@ANA came by. #talked\n")
        #expect(entry.interactions.map(\.handle) == ["ana"])
        #expect(entry.interactions.first?.rung == .talked)
    }

    @Test("an @ must be followed by a letter or digit", arguments: ["@ alone", "@-dash", "@_under", "@.dot", "just @"])
    func notAHandle(_ text: String) throws {
        #expect(try EntryFile.handles(text).isEmpty)
    }

    @Test("text that is not a mention",
          arguments: [
              ("a code span", "see `@ben` here"),
              ("a double-backtick code span", "see ``a @ben b`` here"),
              ("a fenced code block", "```\n@ben in a code block\n```"),
              ("a tilde code block", "~~~\n@ben\n~~~"),
              ("an indented code block", "Notes:\n\n    @ben in code\n"),
              ("a link destination", "[his page](https://example.org/@ben)"),
              ("a link title", "[his page](https://example.org \"@ben\")"),
              ("an autolink", "<https://example.org/@ben>"),
              ("inline HTML", "a <span title=\"@ben\">b</span> c"),
              ("an HTML comment", "x <!-- @ben --> y"),
              ("an HTML block", "<div>\n@ben\n</div>"),
              ("an e-mail address", "Mail ben@example.org today"),
              ("an e-mail autolink", "<ben@example.org>"),
              ("a code block in a list item", "- notes:\n\n  ```\n  @ben\n  ```"),
          ])
    func excluded(_ what: String, _ text: String) throws {
        #expect(try EntryFile.handles(text).isEmpty, "\(what)")
    }

    @Test("an @ after a digit is not a mention")
    func afterDigit() throws {
        #expect(try EntryFile.handles("room 4@ben").isEmpty)
    }

    @Test("an @ after punctuation is a mention", arguments: ["(@ben)", "\"@ben\"", "x/@ben", "—@ben"])
    func afterPunctuation(_ text: String) throws {
        #expect(try EntryFile.handles(text) == ["ben"])
    }

    @Test("the text of a link is read for mentions")
    func linkText() throws {
        #expect(try EntryFile.handles("[@ben's page](https://example.org)") == ["ben"])
    }

    @Test("a mention in emphasis is a mention")
    func emphasis() throws {
        #expect(try EntryFile.handles("*@ana* and **@bo**") == ["ana", "bo"])
    }

    @Test("an alias means its person, in any case")
    func alias() throws {
        let (roster, _) = RosterFile.read("ben:\n  name: Ben Ode\n  aliases: [benny]\n")
        #expect(try EntryFile.handles("- @benny came by\n- @BENNY again\n- @Ben too", roster: roster) == ["ben"])
    }

    @Test("the conformance case 01: code, links, HTML and e-mail left out; an alias resolved")
    func conformance01() throws {
        let journal = try TemporaryJournal.read([
            "people.yml": "ana:\n  name: Ana Ruiz\nben:\n  name: Ben Ode\n  aliases: [benny]\n",
            "2026/11/2026-11-02-call.md": """
                ---
                date: 2026-11-02
                duration: 1h
                activity: call
                ---

                Called @Ana about the vote. #talked
                Mail ben@example.org, see `@ben` and [his page](https://example.org/@ben) <!-- @ben -->.

                ```
                @ben in a code block
                ```

                - @benny came by the office. #present

                """,
        ])
        #expect(journal.diagnostics.isEmpty)
        let entry = try #require(journal.entries.first)
        #expect(entry.interactions.map(\.handle) == ["ana", "ben"])
        #expect(entry.interactions.map(\.rung) == [.talked, .present])
    }

    @Test("a person mentioned several times gets one interaction that merges every context")
    func merging() throws {
        let entry = try EntryFile.body("""
            - @ana at the door (10m) #talked #nights
            - @bo and @Ana (20m) #acted #first-time
            - @ana again (5m) #contact #nights #rally
            """)
        #expect(entry.interactions.map(\.handle) == ["ana", "bo"])
        let ana = entry.interactions[0]
        #expect(ana.rung == .acted)
        #expect(ana.firstTime)
        #expect(ana.tags == ["nights", "rally"])
        #expect(ana.explicitMinutes == 25)
        #expect(ana.line == 5)
        #expect(entry.interactions[1].explicitMinutes == 10)
    }

    @Test("interactions are in order of first mention")
    func order() throws {
        #expect(try EntryFile.handles("@cy and @ab\n\n@bo and @ab") == ["cy", "ab", "bo"])
    }

    @Test("front matter people each have an interaction, merged with their mentions")
    func frontMatterPeople() throws {
        let outcome = try #require(EntryFile.read("""
            ---
            date: 2026-11-20
            duration: 1h
            people: [ana, "@Bo", cy]
            ---

            - @cy talked. #talked
            """))
        let entry = try #require(outcome.entry)
        #expect(entry.interactions.map(\.handle) == ["cy", "ana", "bo"])
        #expect(entry.interactions.map(\.rung) == [.talked, .present, .present])
        #expect(entry.interactions[1].line == 4)
    }

    @Test("front matter people may be written as a comma-separated line")
    func frontMatterPeopleLine() throws {
        let entry = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\npeople: ana, bo\n---\n")?.entry)
        #expect(entry.interactions.map(\.handle) == ["ana", "bo"])
    }

    @Test("an entry with no mention has no interaction")
    func none() throws {
        #expect(try EntryFile.body("Prepared flyers all afternoon. #talked\n").interactions.isEmpty)
    }
}
