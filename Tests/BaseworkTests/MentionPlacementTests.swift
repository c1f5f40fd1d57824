import Testing
@testable import Basework

/// Every mention is placed at its exact range (FORMAT 6): cut out of the source, the range reads
/// `@handle` or the wikilink, whatever Markdown surrounds it.
@Suite("Mention placement")
struct MentionPlacementTests {
    /// The text of a file's range, lines and columns counted in Unicode scalars from 1.
    static func cut(_ source: String, _ range: SourceRange) -> String {
        // By scalars: a CRLF is one Character, and would not split on "\n".
        let lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? Array(line.dropLast()) : Array(line)
        }
        guard range.start.line == range.end.line, range.start.line <= lines.count else { return "<multi-line>" }
        let line = lines[range.start.line - 1]
        guard range.start.column >= 1, range.end.column - 1 <= line.count, range.start.column <= range.end.column else { return "<out of line>" }
        var text = ""
        text.unicodeScalars.append(contentsOf: line[(range.start.column - 1)..<(range.end.column - 1)])
        return text
    }

    /// The body's mentions, each as the text its range cuts out of the file.
    static func placed(_ body: String) throws -> [String] {
        let source = EntryFile.frontMatter + body
        let file = try #require(EntryParser.parse(path: "e.md", bytes: Array(source.utf8)))
        let syntax = try #require(file.entry)
        let mentions = syntax.contexts.flatMap(\.mentions) + syntax.followUps.flatMap(\.mentions)
        return mentions.map { cut(source, $0.range) }
    }

    @Test("placed exactly in Markdown's every inline and block", arguments: [
        ("one _@maria_ and @pat\n", ["@maria", "@pat"]),
        ("- item\n      indented more @ana\nlazy @bo\n", ["@ana", "@bo"]),
        ("> quote\n> with @q and `@code` @after\nlazy @f\n", ["@q", "@after", "@f"]),
        ("para\n    cont @e\n", ["@e"]),
        ("Café crêpes 日本 👩🏽‍⚕️ @zed\n", ["@zed"]),
        ("\\* &amp; &#64;no \\@no @yes\n", ["@yes"]),
        ("**@hotel**s and [@ob](https://t.co/ob)이며\n", ["@hotel", "@ob"]),
        ("# Heading @h #\n\nSetext\n@s here\n===\n", ["@h", "@s"]),
        ("| who | what |\n| --- | --- |\n| @u | #talked |\n|  @v | x |\n", ["@u", "@v"]),
        ("a `code\nspan` then @after\n", ["@after"]),
        ("[[Ana Lopez|Ana]] and [[bo#notes]] and @cy\n", ["[[Ana Lopez|Ana]]", "[[bo#notes]]", "@cy"]),
        ("1. first\n   second @two\n   - nested\t@three\n", ["@two", "@three"]),
        ("- a\r\n  @crlf here\r\n", ["@crlf"]),
        ("## Follow-up\n\n- [ ] call _@nell_ due Friday\n", ["@nell"]),
    ])
    func placed(_ body: String, _ expected: [String]) throws {
        #expect(try Self.placed(body) == expected)
    }

    @Test("on random bodies, every mention's range reads the mention")
    func random() throws {
        let pieces = ["@ana", "@bo-b", "@c_d", "[[ana]]", "_@em_", "**@st**", "[@ln](https://x.org)", "`@code`", "\\@esc", "&amp;",
                      "é", "日本", "👩🏽‍⚕️", " ", " ", "\n", "\n", "\n  ", "\n> ", "\n- ", "\n    ", "#talked", "(25m)", "word", "x@y.org",
                      "https://x.org/@no", "\t", "*", "_", "[", "]", "|"]
        var random = SeededGenerator(seed: 12)
        for _ in 0..<400 {
            var body = ""
            for _ in 0..<Int.random(in: 1...40, using: &random) { body += pieces.randomElement(using: &random)! }
            let source = EntryFile.frontMatter + body + "\n"
            guard let syntax = EntryParser.parse(path: "e.md", bytes: Array(source.utf8))?.entry else { continue }
            for mention in syntax.contexts.flatMap(\.mentions) {
                let cut = Self.cut(source, mention.range)
                if mention.isWikilink {
                    #expect(cut.hasPrefix("[[") && cut.hasSuffix("]]"), "\(body.debugDescription): \(cut)")
                } else {
                    #expect(cut == "@" + mention.handle, "\(body.debugDescription): \(mention)")
                }
            }
        }
    }
}

@Suite("Positions for editors")
struct EditorPositionTests {
    @Test("a column in code points becomes UTF-16 code units after accents, emoji and CJK")
    func utf16() {
        let line = "é 👩🏽‍⚕️ 日本 @ana"
        let column = line.unicodeScalars.count - 3
        #expect(SourcePosition(line: 1, column: column).utf16Offset(inLine: line) == line.utf16.count - 4)
        #expect(SourcePosition(line: 1, column: 1).utf16Offset(inLine: line) == 0)
        #expect(SourcePosition(line: 1, column: 3).utf16Offset(inLine: "ab") == 2)
    }
}
