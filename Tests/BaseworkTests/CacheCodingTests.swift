import Foundation
import Testing
@testable import Basework

/// The cache writes each file's syntax, and each file's resolved entry, and reads back an equal value, and throws (never crashes) on
/// damaged bytes.
@Suite("Cache coding")
struct CacheCodingTests {
    /// Every Markdown file of the examples, parsed: clean entries, broken ones and loose notes.
    static let syntaxes: [FileSyntax] = {
        let root = GoldenRun.root.appendingPathComponent("Examples")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
        return files.sorted().compactMap { relative in
            FileManager.default.contents(atPath: root.appendingPathComponent(relative).path).flatMap {
                EntryParser.parse(path: relative, bytes: Array($0))
            }
        } + [EntryParser.parse(path: "all.md", bytes: Array(everything.utf8))!]
    }()

    /// One entry with a value in every field of the syntax.
    static let everything = """
        ---
        date: 2026-11-20
        duration: 1h30m
        activity: picket
        mode: support
        aim: deepen
        struggle: riverside-nurses
        crowd: 40
        people: [maria-g, "[[Bob]]"]
        tags: [Rent, night-shift]
        author: sam
        justification: Because.
        odd-key: 1
        ---

        # Picket at the gate

        - @maria-g (25m) #talked #first-time and [[Ife]] (1h)
          - nested @tomasz #acted
        | a | @ana |
        |---|---|
        | x | #tag |

        ## Why

        The base was there. Ünïcödé 🎉.

        ## Follow-up

        - [ ] Call @maria-g #talked, due 2026-11-27
        - [x] Text @bob due Friday
        - [ ] Book the room
        """

    @Test("the examples' syntax, and one entry with every field, come back equal")
    func roundTrip() throws {
        #expect(Self.syntaxes.count > 40)
        #expect(Self.syntaxes.contains { !$0.diagnostics.isEmpty } && Self.syntaxes.contains { $0.entry == nil })
        let full = try #require(Self.syntaxes.last?.entry)
        #expect(full.activity != nil && full.aim != nil && full.minutes != nil && !full.people.isEmpty && !full.keys.isEmpty
                && full.justification != nil && full.title != nil && !full.headings.isEmpty && !full.quotedLines.isEmpty
                && full.followUps.contains { $0.dueDate != nil && !$0.hashtags.isEmpty } && full.followUps.contains { $0.dueWeekday != nil }
                && full.contexts.contains { !$0.durations.isEmpty && !$0.hashtags.isEmpty && $0.mentions.contains(where: \.isWikilink) })
        var writer = CacheWriter()
        writer.write(Self.syntaxes)
        let back = try writer.bytes.withUnsafeBytes { bytes throws(CacheReader.Damaged) -> [FileSyntax] in
            var reader = CacheReader(bytes)
            let value: [FileSyntax] = try reader.array()
            #expect(reader.isAtEnd)
            return value
        }
        #expect(back == Self.syntaxes)
    }

    @Test("the examples resolved against a roster, with every field of an entry, come back equal")
    func resolvedRoundTrip() throws {
        let source = SourceText(text: "maria-g:\n  name: Maria\nbob:\n  name: Bob\nife:\n  name: Ife\n")
        var sink = DiagnosticSink(path: "people.yml", source: source)
        let roster = RosterReader.read(source, sink: &sink)
        let spelling = JournalResolver.spelling(for: roster)
        let resolved = Self.syntaxes.map { ResolvedFile($0, roster: roster, rosterKey: 7, settings: Settings(), spelling: spelling) }
        #expect(resolved.contains { $0.leftOut } && resolved.contains { $0.diagnostics.contains { $0.rule == .unknownPerson } })
        let full = try #require(resolved.last?.entry)
        #expect(full.activity != nil && full.aim != nil && full.struggle != nil && full.crowd > 0 && !full.tags.isEmpty
                && !full.hashtags.isEmpty && full.justification != nil && full.author != nil && full.title != nil
                && full.interactions.contains { $0.explicitMinutes != nil && $0.firstTime && $0.rung == .talked }
                && full.followUps.contains { $0.done } && full.followUps.contains { !$0.people.isEmpty })
        var writer = CacheWriter()
        writer.write(resolved)
        let back = try writer.bytes.withUnsafeBytes { bytes throws(CacheReader.Damaged) -> [ResolvedFile] in
            var reader = CacheReader(bytes)
            let value: [ResolvedFile] = try reader.array()
            #expect(reader.isAtEnd)
            return value
        }
        // The path is the record's: put back as a run does.
        #expect(back.allSatisfy { $0.entry?.path ?? "" == "" })
        #expect(zip(back, resolved).map { $0.placed(at: $1.entry?.path ?? "").entry } == resolved.map(\.entry))
        #expect(back.map(\.diagnostics) == resolved.map(\.diagnostics))
        #expect(back.map(\.leftOut) == resolved.map(\.leftOut))
        #expect(back.map(\.lookups) == resolved.map(\.lookups) && back.allSatisfy { $0.roster == 7 })
        #expect(resolved.contains { $0.lookups.contains { $0.isWikilink && $0.handle != nil } && $0.lookups.contains { !$0.known } })
    }

    @Test("every truncation throws; changed bytes throw or decode, never crash")
    func damaged() throws {
        var writer = CacheWriter()
        writer.write(Self.syntaxes.last!)
        let bytes = writer.bytes
        func decode(_ bytes: [UInt8]) throws -> FileSyntax {
            try bytes.withUnsafeBytes { raw throws(CacheReader.Damaged) -> FileSyntax in
                var reader = CacheReader(raw)
                let value: FileSyntax = try reader.read()
                guard reader.isAtEnd else { throw CacheReader.Damaged() }
                return value
            }
        }
        for end in 0..<bytes.count {
            #expect(throws: CacheReader.Damaged.self) { try decode(Array(bytes[..<end])) }
        }
        for index in bytes.indices {
            for value: UInt8 in [0, 1, 0x7F, 0x80, 0xFF] {
                var changed = bytes
                changed[index] = value
                _ = try? decode(changed)
            }
        }
    }
}
