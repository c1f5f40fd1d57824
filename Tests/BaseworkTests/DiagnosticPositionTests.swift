import Testing
@testable import Basework

@Suite("Where diagnostics point (FORMAT 6)")
struct DiagnosticPositionTests {
    /// The conformance case 10's journal.
    static let diagnosticsJournal: [String: String] = [
        "basework.yml": "follow-up-days: soon\n",
        "people.yml": "ana: {name: Ana, aliases: [an]}\nbo: {name: Bo, aliases: [an]}\n",
        "bad-date.md": "---\ndate: 2026-11-31\nduration: 1h\n---\n\n- @ana #talked\n",
        "notes/README.md": "Loose notes, not an entry. @nobody\n",
        "odd-activity.md": "---\ndate: 2026-11-06\nduration: 1h\nactivity: bowling\n---\n\n- @bo #talked\n",
        "too-long.md": "---\ndate: 2026-11-03\nduration: 30m\nactivity: call\n---\n\n- @ana (20m) #talked\n- @bo (20m) #talked\n",
        "typo.md": "---\ndate: 2026-11-02\nactivty: call\nduration: 1h\n---\n\n- @ana #talked\n",
        "unclosed.md": "---\ndate: 2026-11-04\nduration: 1h\n\n- @ana #talked\n",
        "unknown.md": "---\ndate: 2026-11-02\nduration: 1h\nactivity: call\n---\n\nWe met.\n\n- @zed #talked\n",
    ]

    @Test("each problem of the conformance case 10 at its line and column")
    func conformance10() throws {
        let temporary = try TemporaryJournal(Self.diagnosticsJournal)
        try temporary.write("latin1.md", bytes: Array("---\ndate: 2026-11-05\nduration: 1h\n---\n\nCaf".utf8) + [0xE9] + Array(" with @ana #talked\n".utf8))
        let journal = try temporary.read()
        #expect(journal.diagnostics.map(\.summary) == [
            "bad-date.md:2:7 error bad-date",
            "basework.yml:1:17 error bad-setting",
            "latin1.md:6:4 error not-utf8",
            "odd-activity.md:4:11 warning unknown-activity",
            "people.yml:2:26 error alias-claimed",
            "too-long.md:8:7 error explicit-time-too-long",
            "typo.md:3:1 warning misspelled-key",
            "unclosed.md:1:1 error unclosed-front-matter",
            "unknown.md:9:3 warning unknown-person",
        ])
        #expect(journal.entries.map(\.path) == ["typo.md", "unknown.md", "too-long.md", "odd-activity.md"])
        #expect(journal.leftOut == 3)
    }

    @Test("each diagnostic carries the text of its line")
    func sourceLine() throws {
        let journal = try TemporaryJournal.read(Self.diagnosticsJournal)
        let typo = try #require(journal.diagnostics.first { $0.path == "typo.md" })
        #expect(typo.sourceLine == "activty: call")
    }

    @Test("columns count characters, not bytes")
    func characters() throws {
        let (_, diagnostics) = RosterFile.read("léa: {name: Léa Ñúñez, role: jefa}\n")
        #expect(diagnostics.map(\.summary) == ["people.yml:1:30 error bad-roster"])
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\n---\nCafé and crêpes with @zed\n",
                                                  roster: RosterFile.read("ana: {}\n").roster))
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:5:22 warning unknown-person"])
    }

    @Test("a not-UTF-8 column counts the characters before the bad byte")
    func notUTF8Column() throws {
        let bytes = Array("---\ndate: 2026-11-05\n---\nCrêpe ".utf8) + [0xFF]
        let outcome = try #require(JournalReader.readEntry(path: "e.md", bytes: bytes))
        #expect(outcome.diagnostics.map(\.summary) == ["e.md:4:7 error not-utf8"])
    }

    @Test("lines count from the file's first line, front matter included, with CRLF too", arguments: ["\n", "\r\n"])
    func lines(_ newline: String) throws {
        let text = ["---", "date: 2026-11-20", "duration: 1h", "activity: bowling", "---", "", "# Title", "", "Some words,", "then @zed.", ""]
            .joined(separator: newline)
        let outcome = try #require(EntryFile.read(text, roster: RosterFile.read("ana: {}\n").roster))
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:4:11 warning unknown-activity", "entry.md:10:6 warning unknown-person"])
    }

    @Test("a byte order mark does not move lines or columns")
    func bom() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\ndate: 2026-11-31\n---\n".utf8)
        let outcome = try #require(JournalReader.readEntry(path: "e.md", bytes: bytes))
        #expect(outcome.diagnostics.map(\.summary) == ["e.md:1:1 warning missing-duration", "e.md:2:7 error bad-date"])
    }

    @Test("an unknown person is reported at the mention itself, not at the same text in code or an e-mail address")
    func mentionNotCode() throws {
        let roster = RosterFile.read("ana: {}\n").roster
        let outcome = try #require(EntryFile.read(EntryFile.frontMatter + "Wrote `@zed` to zoe@zed.org, then @zed came.\n", roster: roster))
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:5:35 warning unknown-person"])
    }

    @Test("an unknown person is reported at their handle, not at a longer handle that starts the same")
    func mentionWholeHandle() throws {
        let roster = RosterFile.read("ana-b: {}\n").roster
        let outcome = try #require(EntryFile.read(EntryFile.frontMatter + "- @ana-b and @ana\n", roster: roster))
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:5:14 warning unknown-person"])
    }

    @Test("a time too long is reported at the time that takes the sum past, even in one context")
    func sameContextTimes() throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 30m\n---\n- @ana (20m), later @bo (20m)\n"))
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:5:25 error explicit-time-too-long"])
    }

    @Test("a YAML syntax error is reported at its line in the file")
    func yamlSyntax() throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\ntags: [a, b\n---\n"))
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(diagnostic.rule == .badYAML)
        #expect((4...5).contains(diagnostic.line))
    }
}
