import Testing
@testable import Basework

@Suite("The roster (FORMAT 4)")
struct RosterTests {
    static let example = """
        maria-g:
          name: Maria Gonzalez
          role: base
          group: 4 West nights
        pat-kim:
          name: Pat Kim
          role: officer
          aliases: [pat, pk]
        lena-p:
          name: Lena Park
          standing: cadre
        """

    @Test("each person's fields are read, with their defaults")
    func fields() {
        let (roster, diagnostics) = RosterFile.read(Self.example)
        #expect(diagnostics.isEmpty)
        #expect(roster.exists)
        #expect(roster.person("maria-g") == Person(handle: "maria-g", name: "Maria Gonzalez", role: .base, group: "4 West nights"))
        #expect(roster.person("pat-kim") == Person(handle: "pat-kim", name: "Pat Kim", role: .officer, aliases: ["pat", "pk"]))
        #expect(roster.person("lena-p") == Person(handle: "lena-p", name: "Lena Park", standing: .cadre))
    }

    @Test("a person with no fields has the handle as name and the base role")
    func noFields() {
        let (roster, diagnostics) = RosterFile.read("ana:\nbo: {}\n")
        #expect(diagnostics.isEmpty)
        #expect(roster.person("ana") == Person(handle: "ana"))
        #expect(roster.person("bo").name == "bo")
    }

    @Test("every role is read", arguments: Role.allCases)
    func roles(_ role: Role) {
        #expect(RosterFile.read("ana: {role: \(role.rawValue)}\n").roster.person("ana").role == role)
    }

    @Test("handles and aliases are matched case-insensitively")
    func caseInsensitive() {
        let (roster, _) = RosterFile.read("Maria-G:\n  aliases: [Mari]\n")
        #expect(roster.canonical("MARIA-g") == "maria-g")
        #expect(roster.canonical("mari") == "maria-g")
        #expect(roster.knows("MARI"))
        #expect(!roster.knows("maria"))
    }

    @Test("a single alias may be written without a list")
    func singleAlias() {
        #expect(RosterFile.read("pat-kim: {aliases: pat}\n").roster.canonical("pat") == "pat-kim")
    }

    @Test("an alias claimed by two people is an error at the later claim, and the first keeps it")
    func aliasClaimedTwice() {
        let (roster, diagnostics) = RosterFile.read("ana: {name: Ana, aliases: [an]}\nbo: {name: Bo, aliases: [an]}\n")
        #expect(diagnostics.map(\.summary) == ["people.yml:2:26 error alias-claimed"])
        #expect(roster.canonical("an") == "ana")
        #expect(roster.person("bo").aliases.isEmpty)
    }

    @Test("an alias that is someone's handle is claimed already")
    func aliasIsAHandle() {
        let (roster, diagnostics) = RosterFile.read("ana:\n  name: Ana\nbo:\n  aliases: [Ana, b]\n")
        #expect(diagnostics.map(\.summary) == ["people.yml:4:13 error alias-claimed"])
        #expect(roster.canonical("ana") == "ana")
        #expect(roster.canonical("b") == "bo")
    }

    @Test("a handle already claimed as an alias is an error at that handle")
    func handleIsAnAlias() {
        let (roster, diagnostics) = RosterFile.read("ana:\n  aliases: [bo]\nbo:\n  name: Bo\n")
        #expect(diagnostics.map(\.summary) == ["people.yml:3:1 error alias-claimed"])
        #expect(roster.canonical("bo") == "ana")
    }

    @Test("a wrong role or standing is an error at its value",
          arguments: [("ana: {role: boss}", 13), ("ana: {standing: veteran}", 17), ("ana: {aliases: [[a]]}", 17)])
    func badFields(_ line: String, _ column: Int) {
        #expect(RosterFile.read(line + "\n").diagnostics.map(\.summary) == ["people.yml:1:\(column) error bad-roster"])
    }

    @Test("an unknown field is a warning that suggests the likely one")
    func unknownField() {
        let diagnostics = RosterFile.read("ana:\n  nmae: Ana\n  shoe-size: 9\n").diagnostics
        #expect(diagnostics.map(\.summary) == ["people.yml:2:3 warning bad-roster", "people.yml:3:3 warning bad-roster"])
        #expect(diagnostics.first?.message.contains("`name`") == true)
    }

    @Test("a roster that is not a map is an error", arguments: ["- ana\n- bo\n", "just words\n"])
    func notAMap(_ yaml: String) {
        #expect(RosterFile.read(yaml).diagnostics.map(\.summary) == ["people.yml:1:1 error bad-roster"])
    }

    @Test("a person that is not a map of fields is an error")
    func personNotAMap() {
        #expect(RosterFile.read("ana: Ana Ruiz\n").diagnostics.map(\.summary) == ["people.yml:1:6 error bad-roster"])
    }

    @Test("a handle missing from the roster is a warning at its mention, once per entry; the person still counts")
    func unknownPerson() throws {
        let journal = try TemporaryJournal.read([
            "people.yml": "ana: {name: Ana}\n",
            "a.md": EntryFile.frontMatter + "\n- @ana and @zed #talked\n- @Zed again\n",
            "b.md": EntryFile.frontMatter + "people: [ana]\n",
        ])
        #expect(journal.diagnostics.map(\.summary) == ["a.md:6:12 warning unknown-person"])
        #expect(journal.entries.first?.interactions.map(\.handle) == ["ana", "zed"])
        #expect(journal.roster.person("zed").role == .base)
    }

    @Test("a handle in front matter people missing from the roster is a warning at it")
    func unknownInFrontMatter() throws {
        let journal = try TemporaryJournal.read([
            "people.yml": "ana: {name: Ana}\n",
            "a.md": "---\ndate: 2026-11-20\nduration: 1h\npeople: [ana, zed]\n---\n",
        ])
        #expect(journal.diagnostics.map(\.summary) == ["a.md:4:15 warning unknown-person"])
    }

    @Test("an alias is not an unknown person")
    func aliasKnown() throws {
        let journal = try TemporaryJournal.read([
            "people.yml": "ben: {aliases: [benny]}\n",
            "a.md": EntryFile.frontMatter + "\n- @Benny #talked\n",
        ])
        #expect(journal.diagnostics.isEmpty)
        #expect(journal.entries.first?.interactions.map(\.handle) == ["ben"])
    }

    @Test("with no roster no handle is unknown")
    func noRoster() throws {
        let journal = try TemporaryJournal.read(["a.md": EntryFile.frontMatter + "\n- @zed #talked\n"])
        #expect(journal.diagnostics.isEmpty)
        #expect(!journal.roster.exists)
    }

    @Test("an empty roster file is a roster: every handle is unknown")
    func emptyRoster() throws {
        let journal = try TemporaryJournal.read(["people.yml": "", "a.md": EntryFile.frontMatter + "\n- @zed #talked\n"])
        #expect(journal.diagnostics.map(\.rule) == [.unknownPerson])
    }

    @Test("role and standing words compare case-insensitively")
    func caseInsensitiveWords() {
        let (roster, diagnostics) = RosterFile.read("ana: {role: Staff}\nbo:\n  standing: CADRE\n  role: Officer\n")
        #expect(diagnostics.isEmpty)
        #expect(roster.person("ana").role == .staff)
        #expect(roster.person("bo").standing == .cadre)
        #expect(roster.person("bo").role == .officer)
    }

    @Test("where each person's handle is written is kept, for go-to-definition")
    func places() {
        let (roster, _) = RosterFile.read("# Union\nMaria-G:\n  name: María\nléa: {name: Léa}\n")
        #expect(roster.places["maria-g"] == SourceRange(line: 2, column: 1, length: 7))
        #expect(roster.places["léa"] == SourceRange(line: 4, column: 1, length: 3))
        #expect(roster.places.count == 2)
    }

    @Test("a handle written twice is an error at the later one, and the first is kept")
    func duplicateHandle() {
        let (roster, diagnostics) = RosterFile.read("ana:\n  name: Ana\nbo: {}\nana:\n  name: Other\n  role: staff\n")
        #expect(diagnostics.map(\.summary) == ["people.yml:4:1 error duplicate-key"])
        #expect(diagnostics.first?.message.contains("line 1") == true)
        #expect(roster.person("ana").name == "Ana")
        #expect(roster.person("ana").role == .base)
        #expect(roster.people.count == 2)
        #expect(roster.places["ana"]?.start.line == 1)
    }

    @Test("the same handle in another case is the same person, written twice")
    func duplicateHandleInAnotherCase() {
        let (roster, diagnostics) = RosterFile.read("ana: {name: Ana}\nANA: {name: Other}\n")
        #expect(diagnostics.map(\.summary) == ["people.yml:2:1 error duplicate-key"])
        #expect(roster.person("ana").name == "Ana")
    }

    @Test("a broken person loses only that person, reported at their first line")
    func brokenPerson() {
        let text = "# Riverside\nana:\n  name: Ana\n  aliases: [an]\neve:\n  name: Eve: the organizer\n  role: comrade\nfay:\n  name: Fay\n  role: Staff\n"
        let (roster, diagnostics) = RosterFile.read(text)
        #expect(diagnostics.map(\.summary) == ["people.yml:5:1 error bad-yaml"])
        #expect(diagnostics.first?.message
                == "`eve` is left out of the roster: it is not valid YAML at line 6, column 12: mapping values are not allowed in this context; put the value in quotes")
        #expect(Set(roster.people.keys) == ["ana", "fay"])
        #expect(roster.canonical("an") == "ana")
        #expect(roster.person("fay").role == .staff)
        #expect(roster.places["fay"]?.start.line == 8)
    }

    @Test("one tab in the roster loses one person, not the roster")
    func tab() {
        let (roster, diagnostics) = RosterFile.read("ana:\n  role: staff\nbo:\n\trole: officer\ncy:\n  role: comrade\n")
        #expect(diagnostics.map(\.summary) == ["people.yml:3:1 error bad-yaml"])
        #expect(diagnostics.first?.message.contains("line 4, column 1") == true)
        #expect(diagnostics.first?.message.hasSuffix("YAML does not allow tabs for indentation: use spaces") == true)
        #expect(roster.person("ana").role == .staff)
        #expect(roster.person("cy").role == .comrade)
        #expect(!roster.knows("bo"))
    }

    @Test("read person by person, a handle twice and a broken person are each one error; the first of a pair is kept")
    func brokenAndDuplicate() {
        let text = "bo:\n  role: officer\neve:\n  name: Eve: x\nbo:\n  role: staff\n"
        let (roster, diagnostics) = RosterFile.read(text)
        #expect(diagnostics.map(\.summary) == ["people.yml:3:1 error bad-yaml", "people.yml:5:1 error duplicate-key"])
        #expect(roster.person("bo").role == .officer)
    }

    @Test("a person whose field is written twice is left out, said at their first line")
    func fieldTwice() {
        let (roster, diagnostics) = RosterFile.read("ana:\n  name: A\n  name: B\nbo: {}\n")
        #expect(diagnostics.map(\.summary) == ["people.yml:1:1 error duplicate-key"])
        #expect(diagnostics.first?.message.contains("`name` is given twice, the second time at line 3") == true)
        #expect(roster.knows("bo"))
        #expect(!roster.knows("ana"))
    }

    @Test("when every person reads on their own, what is wrong with the whole file is still said")
    func wholeFailureSaid() {
        let (roster, diagnostics) = RosterFile.read("ana: {}\n...\nbo: {}\n")
        #expect(diagnostics.map(\.summary) == ["people.yml:3:1 error bad-yaml"])
        #expect(roster.knows("ana") && roster.knows("bo"))
    }

    @Test("a roster that opens with --- is read person by person like any other")
    func documentMarker() {
        let (roster, diagnostics) = RosterFile.read("---\nana: {}\nbo:\n\trole: staff\ncy: {}\n")
        #expect(diagnostics.map(\.summary) == ["people.yml:3:1 error bad-yaml"])
        #expect(roster.knows("ana") && roster.knows("cy") && !roster.knows("bo"))
    }

    @Test("lines before the first person that are not YAML are an error of their own")
    func brokenPrelude() {
        let (roster, diagnostics) = RosterFile.read("  [oops\nana: {}\n")
        #expect(diagnostics.map(\.summary) == ["people.yml:1:1 error bad-yaml"])
        #expect(roster.knows("ana"))
    }

    @Test("the roster is cut where lines start a key, and nowhere else")
    func blocks() {
        let text = "# c\nana:\n  name: A\n- item\n---\n]\n\nbo:\n"
        #expect(RosterReader.blocks(of: text[...]).map(\.line) == [1, 2, 8])
    }
}
