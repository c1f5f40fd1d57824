import Foundation
import Testing
@testable import Basework

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hostile files: pipes, link loops, links out of the journal, files that cannot be read.
@Suite("Hostile input: files and links", .timeLimit(.minutes(5)))
struct HostileFilesTests {
    @Test("a FIFO named x.md is not read (no hang): not-regular-file")
    func fifo() throws {
        let scratch = ScratchJournal()
        defer { scratch.remove() }
        #expect(mkfifo(scratch.path("x.md"), 0o644) == 0)
        #expect(mkfifo(scratch.path("people.yml"), 0o644) == 0)
        let reading = try read(scratch)
        #expect(reading.inTime)
        #expect(reading.entry("valid.md") != nil)
        #expect(reading.diagnostics(in: "x.md").map(\.rule) == [.notRegularFile])
        #expect(reading.diagnostics(in: "people.yml").map(\.rule) == [.notRegularFile])
    }

    @Test("symbolic link loops are link-loop, of files and of folders")
    func linkLoops() throws {
        let scratch = ScratchJournal()
        defer { scratch.remove() }
        scratch.link("a.md", to: "b.md")
        scratch.link("b.md", to: "a.md")
        scratch.link("self.md", to: "self.md")
        scratch.write("sub/inner.md", ScratchJournal.valid)
        scratch.link("sub/up", to: "..")
        let reading = try read(scratch)
        #expect(reading.inTime)
        #expect(reading.entry("valid.md") != nil && reading.entry("sub/inner.md") != nil)
        for path in ["a.md", "b.md", "self.md", "sub/up"] {
            #expect(reading.diagnostics(in: path).map(\.rule) == [.linkLoop], "\(path)")
        }
    }

    @Test("a symbolic link out of the root is never read")
    func linkOutside() throws {
        let outside = ScratchJournal()
        defer { outside.remove() }
        let secret = "SECRET-\(UInt64.random(in: 0...UInt64.max))"
        outside.write("private/secret.md", "---\ndate: 2026-11-20\njustification: \(secret)\n---\n# \(secret)\n\n- @\(secret) #talked\n")
        let scratch = ScratchJournal()
        defer { scratch.remove() }
        scratch.link("s.md", to: outside.path("private/secret.md"))
        scratch.link("folder", to: outside.path("private"))
        scratch.link("relative.md", to: "../" + (outside.root as NSString).lastPathComponent + "/private/secret.md")
        let reading = try read(scratch)
        #expect(reading.entry("valid.md") != nil)
        for path in ["s.md", "folder", "relative.md"] {
            #expect(reading.diagnostics(in: path).map(\.rule) == [.linkOutsideRoot], "\(path)")
        }
        #expect(reading.journal.entries.map(\.path) == ["valid.md"])
        let everything = reading.journal.entries.map { "\($0)" }.joined() + reading.journal.diagnostics.map { "\($0)" }.joined()
        #expect(!everything.contains(secret))
    }

    @Test("an unreadable file is unreadable-file (as root, where chmod 000 still reads, it is read)")
    func unreadable() throws {
        let scratch = ScratchJournal()
        defer { scratch.remove() }
        scratch.write("h.md", ScratchJournal.valid)
        #expect(chmod(scratch.path("h.md"), 0) == 0)
        let reading = try read(scratch)
        #expect(reading.entry("valid.md") != nil)
        if getuid() == 0 {
            // root reads chmod 000 files, so there is nothing to refuse: it must simply be read.
            #expect(reading.entry("h.md") != nil)
        } else {
            #expect(reading.diagnostics(in: "h.md").map(\.rule) == [.unreadableFile])
            #expect(reading.diagnostics(in: "h.md").first.map { SourcePosition(line: $0.line, column: $0.column) } == SourcePosition(line: 1, column: 1))
            #expect(reading.entry("h.md") == nil)
        }
    }
}
