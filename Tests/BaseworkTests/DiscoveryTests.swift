import Foundation
import Testing
@testable import Basework

@Suite("Finding a journal's files (FORMAT 1)")
struct DiscoveryTests {
    static func entry(_ date: String, _ body: String = "- @ana #talked\n") -> String {
        "---\ndate: \(date)\nduration: 1h\n---\n\n" + body
    }

    @Test("every .md file opening with --- is an entry, in every folder, sorted by date then path")
    func recursive() throws {
        let journal = try TemporaryJournal.read([
            "2026/11/b.md": Self.entry("2026-11-20"),
            "2026/11/a.md": Self.entry("2026-11-20"),
            "2026/10/z.md": Self.entry("2026-10-01"),
            "top.md": Self.entry("2026-11-21"),
        ])
        #expect(journal.diagnostics.isEmpty)
        #expect(journal.entries.map(\.path) == ["2026/10/z.md", "2026/11/a.md", "2026/11/b.md", "top.md"])
    }

    @Test("a .md file that does not open with --- is skipped silently")
    func looseNotes() throws {
        let journal = try TemporaryJournal.read([
            "README.md": "# My journal\n\n@nobody\n",
            "notes/ideas.md": "Loose notes, not an entry. @nobody\n---\ndate: nope\n---\n",
            "a.md": Self.entry("2026-11-20"),
        ])
        #expect(journal.diagnostics.isEmpty)
        #expect(journal.leftOut == 0)
        #expect(journal.entries.map(\.path) == ["a.md"])
    }

    @Test(".markdown files are entries too, as Jekyll names its posts")
    func markdownExtension() throws {
        let journal = try TemporaryJournal.read([
            "_posts/2026-11-20-picket.markdown": Self.entry("2026-11-20"),
            "a.md": Self.entry("2026-11-21"),
            "notes.markdown": "# Loose notes\n",
        ])
        #expect(journal.diagnostics.isEmpty)
        #expect(journal.entries.map(\.path) == ["_posts/2026-11-20-picket.markdown", "a.md"])
    }

    @Test("a symbolic link to a .markdown file is followed, and a dangling one is an error")
    func markdownLinks() throws {
        let temporary = try TemporaryJournal([".drafts/b.markdown": Self.entry("2026-11-02")])
        try temporary.link("b.markdown", to: ".drafts/b.markdown")
        try temporary.link("gone.markdown", to: "nothing-here.markdown")
        let journal = try temporary.read()
        #expect(journal.diagnostics.map(\.summary) == ["gone.markdown:1:1 error unreadable-file"])
        #expect(journal.entries.map(\.path) == ["b.markdown"])
    }

    @Test("the files listed as entry candidates end in .md or .markdown, exactly")
    func candidates() throws {
        let temporary = try TemporaryJournal([
            "a.md": "", "b.markdown": "", "c.MD": "", "d.Markdown": "", "e.mdown": "", "f.md.bak": "", "g.markdown~": "",
            "sub/h.markdown": "",
        ])
        let files = try JournalFiles.list(root: temporary.path)
        #expect(files.markdown.map(\.relative).sorted() == ["a.md", "b.markdown", "sub/h.markdown"])
    }

    @Test("an opening and a closing fence may have spaces or tabs after them",
          arguments: ["--- \n", "---\t\n", "---  \t \n", "--- \r\n"], ["--- \n", "...\t\n", "--- \t\n", "---\n", "...\n"])
    func fencesWithTrailingBlanks(_ opening: String, _ closing: String) throws {
        let journal = try TemporaryJournal.read(["a.md": opening + "date: 2026-11-20\nduration: 1h\n" + closing + "\n- @ana #talked\n"])
        #expect(journal.diagnostics.isEmpty)
        #expect(journal.entries.map(\.path) == ["a.md"])
        #expect(journal.entries.first?.date == Day(iso: "2026-11-20"))
    }

    @Test("files that are not .md or .markdown are not read", arguments: ["a.txt", "a.mdown", "a.md.bak", "a.MD", "a.MARKDOWN"])
    func otherFiles(_ name: String) throws {
        let journal = try TemporaryJournal.read([name: Self.entry("2026-11-20")])
        #expect(journal.entries.isEmpty)
        #expect(journal.diagnostics.isEmpty)
    }

    @Test("folders whose name starts with . are skipped", arguments: [".obsidian/x.md", ".git/y.md", "2026/.trash/z.md", ".a/b/c.md"])
    func dotFolders(_ path: String) throws {
        let journal = try TemporaryJournal.read([path: Self.entry("2026-11-20"), "a.md": Self.entry("2026-11-21")])
        #expect(journal.entries.map(\.path) == ["a.md"])
        #expect(journal.diagnostics.isEmpty)
    }

    @Test("the roster and settings are read at the root only")
    func rootOnly() throws {
        let journal = try TemporaryJournal.read([
            "sub/people.yml": "ana: {}\n",
            "sub/basework.yml": "follow-up-days: 1\n",
            "a.md": Self.entry("2026-11-20"),
        ])
        #expect(!journal.roster.exists)
        #expect(journal.settings.followUpDays == 7)
        #expect(journal.diagnostics.isEmpty)
    }

    @Test("a broken entry is left out and hides no other")
    func brokenHidesNothing() throws {
        let journal = try TemporaryJournal.read([
            "bad.md": Self.entry("2026-11-31"),
            "good.md": Self.entry("2026-11-20"),
            "unclosed.md": "---\ndate: 2026-11-04\n",
        ])
        #expect(journal.entries.map(\.path) == ["good.md"])
        #expect(journal.leftOut == 2)
        #expect(journal.errorCount == 2)
    }

    @Test("an entry with only warnings is read")
    func warningsOnly() throws {
        let journal = try TemporaryJournal.read(["a.md": "---\ndate: 2026-11-20\nactivty: call\n---\n"])
        #expect(journal.entries.count == 1)
        #expect(journal.leftOut == 0)
        #expect(journal.diagnostics.map(\.rule) == [.missingDuration, .misspelledKey])
    }

    @Test("a file that is not UTF-8 is an error at its first bad byte")
    func notUTF8() throws {
        let temporary = try TemporaryJournal(["good.md": Self.entry("2026-11-20")])
        try temporary.write("latin1.md", bytes: Array("---\ndate: 2026-11-05\nduration: 1h\n---\n\nCaf".utf8) + [0xE9] + Array(" with @ana #talked\n".utf8))
        let journal = try temporary.read()
        #expect(journal.diagnostics.map(\.summary) == ["latin1.md:6:4 error not-utf8"])
        #expect(journal.leftOut == 1)
        #expect(journal.entries.map(\.path) == ["good.md"])
    }

    @Test("a roster that is not UTF-8 is an error, and the journal reads on without it")
    func rosterNotUTF8() throws {
        let temporary = try TemporaryJournal(["a.md": Self.entry("2026-11-20")])
        try temporary.write("people.yml", bytes: Array("ana:\n  name: Ren".utf8) + [0xE9, 0x0A])
        let journal = try temporary.read()
        #expect(journal.diagnostics.map(\.summary) == ["people.yml:2:12 error not-utf8"])
        #expect(journal.entries.count == 1)
    }

    @Test("a symbolic link that stays inside the root is followed")
    func linkInside() throws {
        let temporary = try TemporaryJournal([".archive/old.md": Self.entry("2026-11-01"), ".shared/week/b.md": Self.entry("2026-11-02")])
        try temporary.link("old.md", to: ".archive/old.md")
        try temporary.link("week", to: ".shared/week")
        let journal = try temporary.read()
        #expect(journal.diagnostics.isEmpty)
        #expect(journal.entries.map(\.path) == ["old.md", "week/b.md"])
    }

    @Test("a file reached both directly and through a link inside the root is read once")
    func linkToFileReadOnce() throws {
        let temporary = try TemporaryJournal(["2026/a.md": Self.entry("2026-11-01")])
        try temporary.link("latest.md", to: "2026/a.md")
        let journal = try temporary.read()
        #expect(journal.diagnostics.isEmpty)
        #expect(journal.entries.map(\.path) == ["2026/a.md"])
    }

    @Test("a folder reached both directly and through a link inside the root is read once, with no loop reported")
    func linkToFolderReadOnce() throws {
        let temporary = try TemporaryJournal(["2026/11/a.md": Self.entry("2026-11-01")])
        try temporary.link("this-month", to: "2026/11")
        let journal = try temporary.read()
        #expect(journal.diagnostics.isEmpty)
        #expect(journal.entries.map(\.path) == ["2026/11/a.md"])
    }

    @Test("a symbolic link that leaves the root is an error at the link, and is not read")
    func linkOutside() throws {
        let outside = try TemporaryJournal(["far.md": Self.entry("2026-11-01"), "folder/x.md": Self.entry("2026-11-02")])
        let temporary = try TemporaryJournal(["a.md": Self.entry("2026-11-03")])
        try temporary.link("far.md", to: outside.root.appendingPathComponent("far.md").path)
        try temporary.link("sub/folder", to: outside.root.appendingPathComponent("folder").path)
        try temporary.link("up.md", to: "../\(outside.root.lastPathComponent)/far.md")
        let journal = try temporary.read()
        #expect(journal.diagnostics.map(\.summary) == [
            "far.md:1:1 error link-outside-root", "sub/folder:1:1 error link-outside-root", "up.md:1:1 error link-outside-root",
        ])
        #expect(journal.entries.map(\.path) == ["a.md"])
    }

    @Test("a link loop is an error, never a hang")
    func loops() throws {
        let temporary = try TemporaryJournal(["2026/a.md": Self.entry("2026-11-01")])
        try temporary.link("2026/again", to: "..")
        try temporary.link("self.md", to: "self.md")
        try temporary.link("ping.md", to: "pong.md")
        try temporary.link("pong.md", to: "ping.md")
        let journal = try temporary.read()
        #expect(journal.diagnostics.map(\.summary) == [
            "2026/again:1:1 error link-loop", "ping.md:1:1 error link-loop", "pong.md:1:1 error link-loop", "self.md:1:1 error link-loop",
        ])
        #expect(journal.entries.map(\.path) == ["2026/a.md"])
    }

    @Test("a link that leads nowhere is an error when it names a .md file")
    func dangling() throws {
        let temporary = try TemporaryJournal(["a.md": Self.entry("2026-11-01")])
        try temporary.link("gone.md", to: "nothing-here.md")
        try temporary.link("gone-folder", to: "nothing-here")
        let journal = try temporary.read()
        #expect(journal.diagnostics.map(\.summary) == ["gone.md:1:1 error unreadable-file"])
    }

    @Test("a root that is not a folder cannot be read")
    func rootNotAFolder() throws {
        let temporary = try TemporaryJournal(["a.md": Self.entry("2026-11-01")])
        #expect(throws: JournalReader.RootError.self) { try JournalReader.read(root: temporary.root.appendingPathComponent("a.md").path) }
        #expect(throws: JournalReader.RootError.self) { try JournalReader.read(root: temporary.root.appendingPathComponent("missing").path) }
    }

    @Test("the root may itself be reached through a link")
    func rootIsALink() throws {
        let temporary = try TemporaryJournal(["real/a.md": Self.entry("2026-11-01")])
        try temporary.link("alias", to: "real")
        let journal = try JournalReader.read(root: temporary.root.appendingPathComponent("alias").path)
        #expect(journal.diagnostics.isEmpty)
        #expect(journal.entries.map(\.path) == ["a.md"])
    }
}
