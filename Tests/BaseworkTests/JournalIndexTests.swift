import Foundation
import Testing
@testable import Basework

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The index in memory, as a long-lived process keeps it: each update sees every change, parses again
/// only what changed, and resolves again only when something did.
@Suite("Journal index")
struct JournalIndexTests {
    static func entry(_ handle: String) -> String {
        "---\ndate: 2026-11-20\nduration: 1h\n---\n\n- @\(handle) #talked\n"
    }

    /// Waits until files written just now count as settled.
    static func settle() { usleep(useconds_t(FileSignature.settling / 1000 + 20_000)) }

    @Test("updates follow edits, deletions, additions and the roster")
    func updates() throws {
        let journal = try TemporaryJournal(["people.yml": "ana:\n  name: Ana\n", "a.md": Self.entry("ana"), "b.md": Self.entry("bob")])
        var index = JournalIndex(root: journal.path, cache: false)
        Self.settle()
        #expect(try index.update().warningCount == 1)
        #expect(index.cacheNote == "cache: off; 2 files read")
        #expect(try index.update().entries.count == 2)
        #expect(index.cacheNote == "cache: off; 0 files read")
        try journal.write("people.yml", bytes: Array("ana:\n  name: Ana\nbob:\n  name: Bob\n".utf8))
        #expect(try index.update().warningCount == 0)
        #expect(index.cacheNote == "cache: off; 0 files read")
        try journal.write("c.md", bytes: Array(Self.entry("cy").utf8))
        unlink(journal.path + "/a.md")
        let journalNow = try index.update()
        #expect(journalNow.entries.map(\.path) == ["b.md", "c.md"] && journalNow.warningCount == 1)
        #expect(index.cacheNote == "cache: off; 1 files read")
        // A role changed, everyone known: no entry is resolved again, but the journal holds the new roster.
        try journal.write("people.yml", bytes: Array("ana:\n  name: Ana\nbob:\n  name: Bob\ncy:\n  name: Cy\n".utf8))
        Self.settle()
        #expect(try index.update().warningCount == 0)
        try journal.write("people.yml", bytes: Array("ana:\n  name: Ana\nbob:\n  name: Bob\n  role: staff\ncy:\n  name: Cy\n".utf8))
        Self.settle()
        #expect(try index.update().roster.person("bob").role == .staff)
    }

    @Test("an edit that keeps the size and the modification time is seen")
    func sameSizeAndTime() throws {
        let journal = try TemporaryJournal(["a.md": Self.entry("ana")])
        let path = journal.path + "/a.md"
        let before = try #require(FileSignature.of(path: path))
        Self.settle()
        try journal.write("a.md", bytes: Array(Self.entry("bob").utf8))
        var status = stat()
        stat(path, &status)
        #if canImport(Darwin)
        var times = [status.st_atimespec, status.st_mtimespec]
        #else
        var times = [status.st_atim, status.st_mtim]
        #endif
        times[1].tv_sec = Int(before.modified / 1_000_000_000)
        times[1].tv_nsec = Int(before.modified % 1_000_000_000)
        utimensat(AT_FDCWD, path, &times, 0)
        let after = try #require(FileSignature.of(path: path))
        #expect(after.size == before.size && after.modified == before.modified)
        #expect(after != before)
    }

    @Test("an index that only reads the cache (the language server's) uses it and never writes it")
    func readOnlyCache() throws {
        let journal = try TemporaryJournal(["people.yml": "ana:\n  name: Ana\n", "a.md": Self.entry("ana"), "b.md": Self.entry("bob")])
        let folder = journal.path + "/.basework"
        Self.settle()
        var reader = JournalIndex(root: journal.path, writesCache: false, keepsSyntax: false)
        _ = try reader.update()
        #expect(!FileManager.default.fileExists(atPath: folder), "no cache is made")
        var writer = JournalIndex(root: journal.path, keepsSyntax: false)
        let written = try writer.update()
        let before = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map {
            try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))
        }
        reader = JournalIndex(root: journal.path, writesCache: false, keepsSyntax: false)
        #expect(try reader.update().entries == written.entries)
        #expect(reader.cacheNote == "cache: 0 of 2 files read again, 0 resolved again")
        try journal.write("b.md", bytes: Array(Self.entry("ana").utf8))
        try journal.write("people.yml", bytes: Array("ana:\n  name: Ana\nbob:\n  name: Bob\n".utf8))
        Self.settle()
        reader = JournalIndex(root: journal.path, writesCache: false, keepsSyntax: false)
        let read = try reader.update()
        #expect(read.entries == (try JournalReader.read(root: journal.path)).entries)
        #expect(reader.cacheNote == "cache: 1 of 2 files read again, 1 resolved again")
        let after = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map {
            try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))
        }
        #expect(after == before, "the cache is as the command left it")
    }
}
