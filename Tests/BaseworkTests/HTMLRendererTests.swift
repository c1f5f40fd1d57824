import Foundation
import FoundationXML
import Testing
@testable import Basework

@Suite("HTML: one self-contained page, every journal string escaped")
struct HTMLRendererTests {
    static let hostileName = "<script>alert(1)</script>"
    static let hostileGroup = #"Ward "5" & 'Nights' <b>"#
    static let hostileTitle = #"<img src=x onerror="alert(2)"> & Co"#
    static let hostileFollowUp = #"Call @eve about </td><script>alert(3)</script> & https://evil.example/x.png"#

    static func hostileJournal() throws -> TemporaryJournal {
        try TemporaryJournal([
            "people.yml": """
            eve:
              name: "\(hostileName)"
              group: '\(hostileGroup.replacingOccurrences(of: "'", with: "''"))'
            bob:
              name: "Bob \\"Quotes\\" & Sons"
              role: officer
            """,
            "2026/11/2026-11-18-meeting.md": """
            ---
            date: 2026-11-18
            duration: 1h
            activity: meeting
            mode: support
            justification: "Because </blockquote><style>body{background:url(https://evil.example/a.png)}</style>"
            ---

            # \(hostileTitle)

            - @eve #talked #first-time (30m)
            - @bob (30m)

            ## Follow-up

            - [ ] \(hostileFollowUp)
            """,
        ])
    }

    static func pages(_ root: String) throws -> [(String, String)] {
        let journal = try JournalReader.read(root: root)
        return EveryDocument.documents(journal, EveryDocument.week47).flatMap { name, document in
            [(name, HTMLRenderer.render(document)), (name + " --redact", HTMLRenderer.render(Redaction.apply(document, journal: journal)))]
        }
    }

    @Test("every page parses as XML, shows hostile names as text, and has no script, handler or remote resource")
    func hostile() throws {
        let journal = try Self.hostileJournal()
        var shown = ""
        for (name, page) in try Self.pages(journal.path) {
            let document = try XMLDocument(xmlString: page, options: [])
            let root = try #require(document.rootElement())
            Self.checkMarkup(root, page: name)
            shown += (root.stringValue ?? "") + "\n"
            #expect(!page.contains("<script"), "\(name) holds a script")
            #expect(!page.contains("<img"), "\(name) holds an image")
            #expect(!page.contains("<b>"), "\(name) holds journal markup")
        }
        // The hostile strings are there, as text, as the journal reader read them.
        let read = try journal.read()
        let texts = [Self.hostileName, Self.hostileGroup, #"Bob "Quotes" & Sons"#]
            + read.entries.compactMap(\.title) + read.entries.flatMap(\.followUps).map(\.text)
        #expect(texts.count == 5)
        // The justification is Markdown, rendered by cmark in safe mode: its raw HTML is dropped, its text kept.
        #expect(shown.contains("Because"))
        #expect(!shown.contains("</blockquote><style>"))
        for text in texts {
            #expect(shown.contains(text), "\(text) is not shown as text")
        }
    }

    @Test("the example journal's pages fetch nothing: no src, href, @import or url(")
    func selfContained() throws {
        for (name, page) in try Self.pages(EveryDocument.examples) {
            for banned in ["<script", "http://", "https://", "src=", "href=", "@import", "url(", "<link", "<iframe", "<img"] {
                #expect(!page.contains(banned), "\(name) holds \(banned)")
            }
            #expect(page.contains("@media print"), "\(name) has no print style")
            _ = try XMLDocument(xmlString: page, options: [])
        }
    }

    @Test("the full report draws the role bars with the goal, the ladder, the plan, and coverage; trend draws its line")
    func charts() throws {
        let pages = Dictionary(uniqueKeysWithValues: try Self.pages(EveryDocument.examples))
        let report = try #require(pages["report"])
        #expect(report.contains("Person-time by role, with the base-share goal"))
        #expect(report.contains(#"class="goal""#))
        #expect(report.contains("Base people by rung, and who moved up"))
        #expect(report.contains("Plan against actual, by aim"))
        #expect(report.contains("Coverage of the base by group"))
        #expect(report.contains(#"<tr class="alert">"#))
        let trend = try #require(pages["trend"])
        #expect(trend.contains("<polyline"))
        #expect(trend.contains(#"class="trend-people""#))
    }

    @Test("a justification reads as written: paragraphs and lists from its Markdown, raw HTML dropped, links and images as text")
    func justificationMarkdown() {
        let html = MarkdownHTML.render("""
            First line
            same paragraph.

            - one & two
            - [a link](https://evil.example) and ![an image](https://evil.example/x.png)

            <script>alert(1)</script> <b>bold</b>
            """)
        #expect(html.contains("<p>First line\nsame paragraph.</p>"))
        #expect(html.contains("<li>one &amp; two</li>"))
        #expect(html.contains("<li>a link and an image</li>"))
        #expect(!html.contains("<script") && !html.contains("<b>") && !html.contains("href") && !html.contains("<img"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test("every chart is drawn for a wide and a narrow screen; the trend draws the base share and people on their own scales")
    func layouts() throws {
        let pages = Dictionary(uniqueKeysWithValues: try Self.pages(EveryDocument.examples))
        let report = try #require(pages["report"])
        #expect(report.components(separatedBy: #"class="chart wide""#).count == report.components(separatedBy: #"class="chart narrow""#).count)
        #expect(report.contains(#"data-label="person""#))
        let trend = try #require(pages["trend"])
        #expect(trend.contains("Base share, period by period, against the goal") && trend.contains("People reached, period by period"))
        #expect(trend.contains(#">100%</text>"#))
    }

    /// No element that runs or fetches, no event handler, and no attribute pointing anywhere.
    static func checkMarkup(_ element: XMLElement, page: String) {
        let name = element.name?.lowercased() ?? ""
        #expect(!["script", "img", "iframe", "object", "embed", "link", "image", "use", "foreignobject"].contains(name),
                "\(page) has a <\(name)> element")
        for attribute in element.attributes ?? [] {
            let key = attribute.name?.lowercased() ?? ""
            #expect(!key.hasPrefix("on"), "\(page) has an \(key) handler")
            #expect(!["src", "href", "xlink:href", "srcset", "action"].contains(key), "\(page) has a \(key) attribute")
        }
        if name == "style" {
            let css = element.stringValue ?? ""
            #expect(!css.contains("url(") && !css.contains("@import"), "\(page) has a remote style")
        }
        for child in element.children ?? [] {
            if let child = child as? XMLElement { checkMarkup(child, page: page) }
        }
    }
}

@Suite("Markdown and CSV: escaping and quoting")
struct MarkdownCSVTests {
    @Test("Markdown escapes pipes and the characters GitHub and Obsidian act on, and folds lines")
    func markdownEscape() {
        #expect(MarkdownRenderer.escape("a|b") == #"a\|b"#)
        #expect(MarkdownRenderer.escape("*x* _y_ [[z]] #tag <b> `c` @ana") == ##"\*x\* \_y\_ \[\[z\]\] \#tag \<b\> \`c\` \@ana"##)
        #expect(MarkdownRenderer.escape("one\ntwo") == "one two")
    }

    @Test("a CSV field is quoted when it holds a comma, a quote, CR or LF, with its quotes doubled",
          arguments: [("plain", "plain"), ("a,b", #""a,b""#), (#"say "hi""#, #""say ""hi""""#), ("a\nb", "\"a\nb\""),
                      ("a\r\nb", "\"a\r\nb\""), ("", "")])
    func csvField(text: String, field: String) {
        #expect(CSVRenderer.field(text) == field)
    }

    @Test("csv is only for the one-table commands: people, time, followups, coverage and trend")
    func csvCommands() throws {
        let journal = try JournalReader.read(root: EveryDocument.examples)
        let allowed = EveryDocument.documents(journal, EveryDocument.week47).filter { CSVRenderer.render($0.1) != nil }.map(\.0)
        #expect(allowed == ["followups", "time", "coverage", "trend", "people"])
    }

    @Test("every CSV row has as many fields as the header, and lines end in CRLF")
    func csvShape() throws {
        let journal = try JournalReader.read(root: EveryDocument.examples)
        for (_, document) in EveryDocument.documents(journal, EveryDocument.week47) {
            guard let csv = CSVRenderer.render(document) else { continue }
            #expect(csv.hasSuffix("\r\n"))
            let rows = Self.parse(csv)
            #expect(rows.count > 1)
            #expect(rows.allSatisfy { $0.count == rows[0].count })
        }
    }

    /// A small RFC 4180 reader, to check the writer.
    static func parse(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, afterQuote = false
        for character in csv {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"": if afterQuote { field.append("\"") }; quoted = true; afterQuote = false
            case ",": row.append(field); field = ""; afterQuote = false
            case "\r\n", "\n": row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
            default: field.append(character); afterQuote = false
            }
        }
        return rows
    }
}
