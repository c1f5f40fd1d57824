import Foundation
import Testing
@testable import Basework

/// Hostile bodies: Markdown nested beyond reason, entries of enormous size, bytes that are not text.
@Suite("Hostile input: bodies and bytes", .timeLimit(.minutes(5)))
struct HostileBodyTests {
    static let head = "date: 2026-11-20\nduration: 1h"

    @Test("100,000 nested block quotes are read, mention and all")
    func deepQuotes() throws {
        let reading = try expectHostile(["h.md": entry(Self.head, body: "\n" + String(repeating: "> ", count: 100_000) + "@bob #talked\n")])
        #expect(reading.entry("h.md")?.interactions.map(\.handle) == ["bob"])
    }

    @Test("lists thousands deep are read, each item its own context")
    func deepLists() throws {
        let nested = (0..<2000).map { String(repeating: "  ", count: $0) + "- @p\($0)" }.joined(separator: "\n")
        let reading = try expectHostile(["h.md": entry(Self.head, body: "\n" + nested + "\n")])
        #expect(reading.entry("h.md")?.interactions.count == 2000)
        let markers = try expectHostile(["h.md": entry(Self.head, body: "\n" + String(repeating: "- ", count: 100_000) + "@bob\n")])
        #expect(markers.entry("h.md")?.interactions.map(\.handle) == ["bob"])
    }

    @Test("a single 20 MB line is refused as too large, without reading it")
    func hugeLine() throws {
        var bytes = Array("---\ndate: 2026-11-20\n---\n".utf8)
        bytes += [UInt8](repeating: 0x61, count: 20_000_000)
        try expectHostile(["h.md": bytes], rule: .fileTooLarge, line: 1, column: 1)
    }

    @Test("a file just over the limit is refused; one at the limit is read")
    func atTheSizeLimit() throws {
        let head = Array(entry(Self.head, body: "\n").utf8)
        let filler = [UInt8](repeating: 0x61, count: JournalReader.maxFileBytes - head.count - 1) + [0x0A]
        let reading = try expectHostile(["h.md": head + filler])
        #expect(reading.entry("h.md") != nil)
        try expectHostile(["h.md": head + filler + [0x0A]], rule: .fileTooLarge, line: 1)
    }

    @Test("200,000 mentions in one entry are all read, quickly")
    func manyMentions() throws {
        let oneLine = (0..<200_000).map { "@p\($0)" }.joined(separator: " ")
        let reading = try expectHostile(["h.md": entry(Self.head, body: "\n" + oneLine + " #talked\n")])
        #expect(reading.entry("h.md")?.interactions.count == 200_000)
        let items = (0..<200_000).map { "- @p\($0 % 1000) #talked #t\($0)" }.joined(separator: "\n")
        let merged = try expectHostile(["h.md": entry(Self.head, body: "\n" + items + "\n")])
        #expect(merged.entry("h.md")?.interactions.count == 1000)
        #expect(merged.entry("h.md")?.interactions.first?.tags.count == 200)
    }

    @Test("50,000 unknown people on one line are each located, in linear time")
    func manyUnknownMentions() throws {
        let oneLine = (0..<50_000).map { "@p\($0)" }.joined(separator: " ")
        let reading = try expectHostile(["people.yml": "maria-g:\n  name: Maria\n", "h.md": entry(Self.head, body: "\n" + oneLine + "\n")])
        let warnings = reading.diagnostics(in: "h.md").filter { $0.rule == .unknownPerson }
        #expect(warnings.count == 50_000)
        #expect(warnings.first.map { SourcePosition(line: $0.line, column: $0.column) } == SourcePosition(line: 6, column: 1))
        #expect(warnings.last.map { SourcePosition(line: $0.line, column: $0.column) }
                == SourcePosition(line: 6, column: oneLine.count - "@p49999".count + 1))
        #expect(warnings.allSatisfy { ($0.sourceLine?.count ?? 0) <= DiagnosticSink.maxShownCharacters })
        #expect(reading.entry("h.md") != nil)
    }

    @Test("invalid UTF-8 is reported at its first bad byte")
    func invalidUTF8() throws {
        try expectHostile(["h.md": Array("---\ndate: 2026-11-20\n---\nab".utf8) + [0xFF] + Array("cd\n".utf8)],
                          rule: .notUTF8, line: 4, column: 3)
        // After a multi-byte character, the column counts characters, not bytes.
        try expectHostile(["h.md": Array("---\ndate: 2026-11-20\n---\né".utf8) + [0xC3, 0x28]],
                          rule: .notUTF8, line: 4, column: 2)
    }

    @Test("a binary file that starts with `---` is not-utf8 at its first bad byte")
    func binary() throws {
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        // NULs and control bytes are valid UTF-8, so the first bad byte is the 0xFF on line 3.
        let bytes = Array("---\n".utf8) + [0x00, 0x01, 0x1B, 0x0A, 0x00, 0x41, 0xFF] + noise + [0, 0, 0]
        try expectHostile(["h.md": bytes], rule: .notUTF8, line: 3, column: 3)
    }

    @Test("an empty file and a file that is only a BOM are not entries, and say nothing")
    func emptyFiles() throws {
        for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB]] {
            let reading = try expectHostile(["h.md": bytes])
            #expect(reading.diagnostics(in: "h.md").isEmpty)
            #expect(reading.entry("h.md") == nil)
        }
    }

    @Test("a front matter never closed is reported at its opening fence")
    func unclosed() throws {
        try expectHostile(["h.md": "---\ndate: 2026-11-20\nduration: 1h\n\n# Never closed\n"], rule: .unclosedFrontMatter, line: 1, column: 1)
        try expectHostile(["h.md": [0xEF, 0xBB, 0xBF] + Array("---".utf8)], rule: .unclosedFrontMatter, line: 1, column: 1)
    }

    @Test("a NUL byte inside an otherwise valid entry does not hide it")
    func nulByte() throws {
        let reading = try expectHostile(["h.md": entry(Self.head, body: "\n# N\u{0}ul\n\n- @bob\u{0} talked #talked\n- @ann #talked\n")])
        let read = try #require(reading.entry("h.md"))
        #expect(read.interactions.map(\.handle) == ["bob", "ann"])
        #expect(read.interactions.allSatisfy { $0.rung == .talked })
    }

    @Test("CRLF everywhere reads like LF, and diagnostics do not show the CR")
    func crlf() throws {
        let text = entry(Self.head + "\ncrowd: 3", body: "\n# Picket\n\n- @bob #talked (10m)\n\n## Follow-up\n\n- [ ] Call @bob, due 2026-11-27\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let reading = try expectHostile(["h.md": text])
        let read = try #require(reading.entry("h.md"))
        #expect(read.minutes == 60 && read.crowd == 3 && read.title == "Picket")
        #expect(read.interactions.first?.explicitMinutes == 10)
        #expect(read.followUps.first?.due == Day(iso: "2026-11-27"))
        let bad = try expectHostile(["h.md": "---\r\ndate: 2026-13-01\r\n---\r\n"], rule: .badDate, line: 2, column: 7)
        #expect(bad.diagnostics(in: "h.md").first { $0.rule == .badDate }?.sourceLine == "date: 2026-13-01")
    }

    @Test("a handle of 10,000 characters and a heading of 100,000 `#` are read")
    func longTokens() throws {
        let handle = String(repeating: "a", count: 10_000)
        let long = try expectHostile(["h.md": entry(Self.head, body: "\n- @\(handle) #talked\n")])
        #expect(long.entry("h.md")?.interactions.first?.handle == handle)
        let hashes = try expectHostile(["h.md": entry(Self.head, body: "\n" + String(repeating: "#", count: 100_000) + " @bob\n")])
        #expect(hashes.entry("h.md")?.interactions.map(\.handle) == ["bob"])
    }
}

@Suite("Hostile input: rendering")
struct HostileRenderingTests {
    @Test("control characters from a file cannot reach the terminal")
    func controlCharacters() throws {
        let folder = try TemporaryJournal([:])
        try folder.write("a\u{1B}.md", bytes: Array("---\ndate: 2026-11-02\ncrowd: \"\u{1B}]0;owned\u{07}\"\nnote: \u{1B}[2J\u{9B}31m\tx\n---\n".utf8))
        let journal = try folder.read()
        let text = journal.diagnostics.map { DiagnosticRenderer.render($0) }.joined(separator: "\n")
        #expect(journal.diagnostics.contains { $0.rule == .badValue && $0.line == 3 })
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(!text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
    }
}
