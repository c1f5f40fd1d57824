import Foundation
import Testing
@testable import Basework

/// Property tests of the first reading stage on random entries made of realistic Markdown (lists,
/// nested lists, quotes, tables, headings, code, HTML, emphasis, links, wikilinks, escapes, bare URLs,
/// e-mail addresses, link reference definitions, non-ASCII text, CRLF, a byte order mark): every element's range, cut out of the
/// source, reads exactly what was written, the reader finds exactly the mentions, hashtags and
/// durations the Markdown holds, and the syntax is deterministic and survives JSON unchanged.
/// Seeded (`SeededGenerator`), so a failure names the seed that reproduces it.
@Suite("Syntax properties on random entries")
struct SyntaxPropertyTests {
    @Test("every mention, hashtag and duration is found, and its range cuts out exactly what was written", arguments: 0..<8)
    func ranges(_ batch: UInt64) throws {
        var generator = MarkdownEntryGenerator(seed: 7_000 + batch)
        var seen = (mentions: 0, wikilinks: 0, hashtags: 0, durations: 0, followUps: 0, crlf: 0)
        defer {
            // Not vacuous: each batch of 60 entries holds every kind of element, and CRLF files.
            #expect(seen.mentions > 100 && seen.wikilinks > 10 && seen.hashtags > 50 && seen.durations > 10
                        && seen.followUps > 10 && seen.crlf > 5, "\(seen)")
        }
        for _ in 0..<60 {
            let written = generator.entry()
            seen.crlf += written.bytes.contains(0x0D) ? 1 : 0
            let file = try #require(EntryParser.parse(path: "e.md", bytes: written.bytes), "\(written.text.debugDescription)")
            let syntax = try #require(file.entry, "\(written.text.debugDescription): \(file.diagnostics)")
            let lines = SourceCut.lines(written.bytes)
            let mentions = syntax.contexts.flatMap(\.mentions) + syntax.followUps.flatMap(\.mentions)
            for mention in mentions {
                let cut = SourceCut.cut(lines, mention.range)
                if mention.isWikilink {
                    #expect(cut?.hasPrefix("[[") == true && cut?.hasSuffix("]]") == true && cut?.contains(mention.handle) == true,
                            "\(written.text.debugDescription): \(mention) cut as \(cut ?? "nothing")")
                } else {
                    #expect(cut == "@" + mention.handle, "\(written.text.debugDescription): \(mention) cut as \(cut ?? "nothing")")
                }
            }
            #expect(mentions.map { $0.isWikilink ? "[[\($0.handle)]]" : "@" + $0.handle }.sorted() == written.mentions.sorted(),
                    "\(written.text.debugDescription)")
            let hashtags = syntax.contexts.flatMap(\.hashtags)
            for hashtag in hashtags {
                let cut = SourceCut.cut(lines, hashtag.range)
                #expect(cut?.lowercased() == "#" + hashtag.text, "\(written.text.debugDescription): \(hashtag) cut as \(cut ?? "nothing")")
            }
            #expect(hashtags.map(\.text).sorted() == written.hashtags.sorted(), "\(written.text.debugDescription)")
            let durations = syntax.contexts.flatMap(\.durations)
            for duration in durations {
                let cut = SourceCut.cut(lines, duration.range) ?? ""
                #expect(cut.hasPrefix("(") && cut.hasSuffix(")") && DurationText.minutes(cut.dropFirst().dropLast(), bareHours: false) == duration.minutes,
                        "\(written.text.debugDescription): \(duration) cut as \(cut)")
            }
            #expect(durations.map(\.minutes).sorted() == written.durations.sorted(), "\(written.text.debugDescription)")
            #expect(syntax.followUps.count == written.followUps, "\(written.text.debugDescription)")
            seen.mentions += mentions.count
            seen.wikilinks += mentions.count(where: \.isWikilink)
            seen.hashtags += hashtags.count
            seen.durations += durations.count
            seen.followUps += syntax.followUps.count
        }
    }

    @Test("parsing is deterministic, and the syntax round-trips through JSON unchanged", arguments: 0..<4)
    func deterministicAndCodable(_ batch: UInt64) throws {
        var generator = MarkdownEntryGenerator(seed: 8_000 + batch)
        for _ in 0..<50 {
            let written = generator.entry()
            let first = try #require(EntryParser.parse(path: "e.md", bytes: written.bytes))
            #expect(EntryParser.parse(path: "e.md", bytes: written.bytes) == first)
            let data = try JSONEncoder().encode(first)
            #expect(try JSONDecoder().decode(FileSyntax.self, from: data) == first, "\(written.text.debugDescription)")
        }
    }

    /// The resolve stage's diagnostics point into the files too: `unknown-person` at the handle's
    /// first `@` in its file, `misspelled-tag` at its `#`, `bad-due-date` at the date.
    @Test("in random journals, every diagnostic's range cuts out what it is about", arguments: 0..<4)
    func journalDiagnostics(_ batch: UInt64) throws {
        var generator = MarkdownEntryGenerator(seed: 9_000 + batch)
        let roster = "ana:\n  name: Ana Lopez\n  aliases: [an]\nmaria-g:\n  name: Maria Gonzalez\nbo-b:\n  role: officer\n"
        for _ in 0..<5 {
            var files: [String: [UInt8]] = [:]
            for index in 0..<6 { files["notes/entry-\(index).md"] = generator.entry().bytes }
            let journal = try TemporaryJournal(["people.yml": roster])
            for (path, bytes) in files { try journal.write(path, bytes: bytes) }
            let read = try journal.read()
            #expect(read.entries.count == files.count && read.leftOut == 0)
            var unknown: [String: Set<String>] = [:]
            for diagnostic in read.diagnostics {
                let bytes = try #require(files[diagnostic.path], "\(diagnostic)")
                let end = try #require(diagnostic.end, "\(diagnostic)")
                let cut = SourceCut.cut(SourceCut.lines(bytes), SourceRange(SourcePosition(line: diagnostic.line, column: diagnostic.column), end)) ?? ""
                switch diagnostic.rule {
                case .unknownPerson:
                    #expect(cut.hasPrefix("@") && diagnostic.message.contains("unknown person \(cut)"), "\(diagnostic)")
                    #expect(unknown[diagnostic.path, default: []].insert(cut.lowercased()).inserted, "twice in one file: \(diagnostic)")
                    #expect(SourceCut.firstMention(of: cut, in: bytes) == SourcePosition(line: diagnostic.line, column: diagnostic.column),
                            "not at the first occurrence: \(diagnostic)")
                case .misspelledTag: #expect(cut == "#talkd" || cut == "#first-tme", "\(diagnostic)")
                case .badDueDate: #expect(cut == "2026-11-40", "\(diagnostic)")
                case .explicitTimeTooLong: #expect(cut.hasPrefix("(") && cut.hasSuffix(")"), "\(diagnostic)")
                default: Issue.record("unexpected \(diagnostic)")
                }
            }
        }
    }
}

/// Cuts ranges out of a file's bytes as the reader counts them: no byte order mark, a lone CR as a
/// line ending, lines split at LF with a CR before it left off, columns in Unicode scalars from 1.
enum SourceCut {
    static func lines(_ bytes: [UInt8]) -> [[Unicode.Scalar]] {
        var content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        for index in content.indices where content[index] == 0x0D && (index + 1 == content.count || content[index + 1] != 0x0A) {
            content[index] = 0x0A
        }
        return String(decoding: content, as: UTF8.self).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? Array(line.dropLast()) : Array(line)
        }
    }

    /// The text of a range (lines joined by LF), or nil when it leaves the file or ends before it starts.
    static func cut(_ lines: [[Unicode.Scalar]], _ range: SourceRange) -> String? {
        let (start, end) = (range.start, range.end)
        guard start.line >= 1, start.column >= 1, start <= end, end.line <= lines.count else { return nil }
        var text = ""
        for line in start.line...end.line {
            let scalars = lines[line - 1]
            let from = line == start.line ? start.column - 1 : 0
            let to = line == end.line ? end.column - 1 : scalars.count
            guard from <= to, to <= scalars.count else { return nil }
            if line > start.line { text.unicodeScalars.append("\n") }
            text.unicodeScalars.append(contentsOf: scalars[from..<to])
        }
        return text
    }

    /// Where `@handle` (case ignored) is first written as a mention in a generated file: after the
    /// front matter, not after a backslash, a letter, a `/` or a backquote, and followed by no letter or
    /// digit. The generator writes unknown handles only where that is a mention, and follows them
    /// only with a space, `.` or an emphasis or link closer.
    static func firstMention(of mention: String, in bytes: [UInt8]) -> SourcePosition? {
        let lines = lines(bytes)
        let wanted = Array(mention.lowercased().unicodeScalars)
        var fences = 0
        for (index, line) in lines.enumerated() {
            if line.starts(with: Array("---".unicodeScalars)) { fences += 1 }
            guard fences >= 2, line.count >= wanted.count else { continue }
            let lower = line.map { Unicode.Scalar(String($0).lowercased()) ?? $0 }
            for column in 0...(line.count - wanted.count) where Array(lower[column..<(column + wanted.count)]) == wanted {
                let before = column > 0 ? line[column - 1] : " "
                let after = column + wanted.count < line.count ? line[column + wanted.count] : " "
                guard !InlineScanner.isWordScalar(before), before != "\\", before != "/", before != "`",
                      !InlineScanner.isWordScalar(after) else { continue }
                return SourcePosition(line: index + 1, column: column + 1)
            }
        }
        return nil
    }
}

/// Random entries of realistic Markdown, each with what a reader should find in it.
struct MarkdownEntryGenerator {
    /// An entry's bytes, and the mentions (`@handle` as written, `[[target]]` for a wikilink),
    /// hashtags (lower case) and durations (minutes) its body holds, and how many follow-up items.
    struct Written {
        var bytes: [UInt8]
        var mentions: [String] = []
        var hashtags: [String] = []
        var durations: [Double] = []
        var followUps = 0
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// A piece of inline Markdown and what it holds.
    struct Piece {
        var text: String
        var mentions: [String] = []
        var hashtags: [String] = []
        var durations: [Double] = []
    }

    var rng: SeededGenerator

    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    static let handles = ["ana", "An", "maria-g", "bo-b", "c_d", "pat.kim", "Zoë", "zed2", "Núñez", "carl"]

    static let plain = ["word", "the line", "Café crêpes", "日本語の", "👩🏽‍⚕️", "Señora", "«quoted»", "—", "x_y", "3 p.m.",
                        "100%", "C#", "#1", "(2)", "(日本)", "a|b", "[not a link]", "e.g.", "1+1", "ana@example.org",
                        "https://medium.com/@jo/why", "www.x.org/#first-time", "http://a.org/(25m)", "<https://x.org/@auto>",
                        "`@code #tag`", "\\@esc", "\\#esc", "&#64;ent", "&amp;", "<abbr title=\"@html #x\">x</abbr>", "{{< figure src=\"x.png\" >}}",
                        "[[#Contact sheet|the sheet]]", "trailing.", "due Friday"]

    mutating func piece() -> Piece {
        let handle = rng.pick(Self.handles)
        switch rng.int(0...15) {
        case 0, 1: return Piece(text: "@" + handle, mentions: ["@" + handle])
        case 2: return Piece(text: "_@\(handle)_", mentions: ["@" + handle])
        case 3: return Piece(text: "**@\(handle)**s", mentions: ["@" + handle])
        case 4: return Piece(text: "[@\(handle)](https://x.org/@\(handle))이며", mentions: ["@" + handle])
        case 5: return Piece(text: "@\(handle).", mentions: ["@" + handle])
        case 6:
            let target = rng.pick(["ana", "Ana Lopez", "Meeting notes", "carl", "an"])
            let suffix = rng.pick(["", "|shown", "#notes", "#notes|shown"])
            return Piece(text: "\(rng.chance(0.2) ? "!" : "")[[\(target)\(suffix)]]", mentions: ["[[\(target)]]"])
        case 7, 8:
            let tag = rng.pick(["talked", "Contact", "first-time", "acted", "night-shift", "talkd", "first-tme", "trained"])
            return Piece(text: "#" + tag, hashtags: [tag.lowercased()])
        case 9:
            let (text, minutes) = rng.pick([("25m", 25.0), ("1h30", 90), ("10 min", 10), ("2 hours", 120), ("1h 5m", 65), ("1.5h", 90)])
            return Piece(text: "(\(text))", durations: [minutes])
        case 10: return Piece(text: "*@\(handle)* and `x` #talked", mentions: ["@" + handle], hashtags: ["talked"])
        default: return Piece(text: rng.pick(Self.plain))
        }
    }

    /// A line of inline text: a plain word first, so that no piece opens a block, then pieces.
    mutating func line(_ into: inout Written) -> String {
        var parts = [rng.pick(["Met", "Then", "Also", "Café", "日本", "Spoke"])]
        for _ in 0..<rng.int(1...5) {
            let piece = piece()
            into.mentions += piece.mentions
            into.hashtags += piece.hashtags
            into.durations += piece.durations
            parts.append(piece.text)
        }
        return parts.joined(separator: rng.pick([" ", " ", "  ", "\t"]))
    }

    /// A block of the body, as its lines.
    mutating func block(_ into: inout Written) -> [String] {
        switch rng.int(0...9) {
        case 0, 1:
            return (0..<rng.int(1...3)).map { _ in line(&into) }
        case 2:
            var lines: [String] = []
            for _ in 0..<rng.int(1...3) {
                let marker = rng.pick(["- ", "* ", "1. "])
                lines.append(marker + line(&into))
                if rng.chance(0.3) { lines.append(String(repeating: " ", count: marker.count) + line(&into)) }
                if rng.chance(0.4) {
                    let indent = String(repeating: " ", count: marker.count)
                    lines.append(indent + rng.pick(["- ", "+ "]) + line(&into))
                    if rng.chance(0.3) { lines.append(indent + "  > " + line(&into)) }
                }
            }
            return lines
        case 3:
            var lines = ["> " + line(&into)]
            if rng.chance(0.5) { lines.append(rng.pick(["> ", ""]) + line(&into)) }
            if rng.chance(0.3) { lines.insert("> [!note] Callout", at: 0) }
            return lines
        case 4:
            var lines = ["| who | what |", "| --- | --- |"]
            for _ in 0..<rng.int(1...4) { lines.append("| \(line(&into)) | \(line(&into)) |") }
            return lines
        case 5:
            return [rng.pick(["# ", "## ", "### "]) + "Notes on " + line(&into)]
        case 6:
            return ["```", "@ana #talked (25m)", "```"]
        case 7:
            return ["<div>", "@ana #talked", "</div>"]
        case 8:
            // Link reference definitions that open a paragraph, which cmark takes off its front.
            var lines: [String] = []
            for _ in 0..<rng.int(1...2) { lines.append("[\(rng.pick(["a", "!note", "ref 1"]))]: https://x.org/@no \"#tag\"") }
            lines.append(line(&into))
            return rng.chance(0.5) ? lines : lines.map { "> " + $0 }
        default:
            return [rng.pick(["## Why", "# Justification:"]), "", line(&into)]
        }
    }

    mutating func entry() -> Written {
        var written = Written(bytes: [])
        var lines = ["---", "date: 2026-11-\(rng.int(10...28))", "duration: \(rng.int(1...20))h", "---", ""]
        if rng.chance(0.3) { lines += ["    @ana in indented code #talked", ""] }
        for _ in 0..<rng.int(1...6) {
            lines += block(&written)
            lines.append("")
        }
        if rng.chance(0.5) {
            lines += [rng.pick(["## Follow-up", "# Next steps", "### To-do:"]), ""]
            for _ in 0..<rng.int(1...3) {
                var item = Written(bytes: [])
                let text = "- \(rng.pick(["[ ] ", "[x] ", ""]))" + line(&item) + rng.pick(["", ", due 2026-11-40", " due fri", " by 2026-12-01"])
                written.mentions += item.mentions
                written.followUps += 1
                lines.append(text)
                if rng.chance(0.3) {
                    var nested = Written(bytes: [])
                    lines.append("  - " + line(&nested))
                    written.mentions += nested.mentions
                    written.followUps += 1
                }
            }
        }
        let newline = rng.chance(0.3) ? "\r\n" : "\n"
        let bom: [UInt8] = rng.chance(0.1) ? [0xEF, 0xBB, 0xBF] : []
        written.bytes = bom + Array((lines.joined(separator: newline) + newline).utf8)
        return written
    }
}
