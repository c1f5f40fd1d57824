import Basework
import Foundation
import Testing

/// `Docs/DIAGNOSTICS.md` is the diagnostic catalogue rendered as Markdown; every rule has a broken example
/// or a test that makes it. With `UPDATE_DOCS=1` the page is written instead (`Scripts/update-docs`).
@Suite("Diagnostics documentation")
struct DiagnosticsDocTests {
    static let page = GoldenRun.root.appendingPathComponent("Docs/DIAGNOSTICS.md")
    static let broken = GoldenRun.root.appendingPathComponent("Examples/broken")

    /// Rules that no committed file can show, and the suite whose tests make them on the fly.
    static let madeByTests: [Diagnostic.Rule: String] = [
        .unreadableFile: "HostileFilesTests",
        .notRegularFile: "HostileFilesTests",
        .fileTooLarge: "HostileBodyTests",
        .yamlTooComplex: "HostileInputTests",
    ]

    @Test("Docs/DIAGNOSTICS.md is the catalogue rendered")
    func pageIsGenerated() throws {
        let rendered = DiagnosticsPage.markdown()
        if ProcessInfo.processInfo.environment["UPDATE_DOCS"] == "1" {
            try Data(rendered.utf8).write(to: Self.page)
            return
        }
        let written = try String(contentsOf: Self.page, encoding: .utf8)
        #expect(written == rendered, "Docs/DIAGNOSTICS.md differs from the catalogue: run Scripts/update-docs")
    }

    @Test("the page lists every rule once, under its section, and nothing else")
    func everyRuleOnce() {
        let rendered = DiagnosticsPage.markdown()
        let headings = rendered.split(separator: "\n").filter { $0.hasPrefix("### `") }
        #expect(headings.count == Diagnostic.Rule.allCases.count)
        for rule in Diagnostic.Rule.allCases {
            #expect(headings.filter { $0.hasPrefix("### `\(rule.rawValue)`") }.count == 1, "\(rule.rawValue)")
        }
        #expect(!rendered.contains("body-too-complex"))
    }

    @Test("an error's heading says whether it leaves the entry out")
    func effects() {
        let rendered = DiagnosticsPage.markdown()
        #expect(rendered.contains("### `not-utf8` (error; the file is not read)"))
        #expect(rendered.contains("### `bad-date` (error; the entry is left out)"))
        #expect(rendered.contains("### `bad-value` (error; the entry is kept)"))
        #expect(rendered.contains("### `explicit-time-too-long` (error; the entry is kept)"))
        #expect(rendered.contains("### `bad-setting` (error)\n"))
        #expect(rendered.contains("### `misspelled-tag` (warning)\n"))
    }

    @Test("every rule has a broken example or a test that makes it, never both")
    func everyRuleShown() {
        let examples = Set(GoldenRun.brokenExamples.compactMap(Self.rule(ofExample:)))
        for rule in Diagnostic.Rule.allCases {
            let shown = examples.contains(rule), made = Self.madeByTests[rule] != nil
            #expect(shown != made, "\(rule.rawValue): an example in Examples/broken or an entry in madeByTests")
        }
    }

    @Test("each rule made by tests is asserted in the suite named for it")
    func madeByTestsIsTrue() throws {
        for (rule, suite) in Self.madeByTests {
            let source = try String(contentsOf: GoldenRun.root.appendingPathComponent("Tests/BaseworkTests/\(suite).swift"), encoding: .utf8)
            let asserted = source.contains(".\(String(describing: rule))")
            #expect(asserted, "\(suite).swift never names .\(String(describing: rule)) (\(rule.rawValue))")
        }
    }

    @Test("each broken example is named for a rule its check reports, and the README lists it",
          arguments: GoldenRun.brokenExamples)
    func exampleShowsItsRule(_ name: String) throws {
        let rule = try #require(Self.rule(ofExample: name), "\(name) is not named for a rule")
        let stderr = try String(contentsOf: GoldenRun.golden.appendingPathComponent("broken/\(name)/stderr"), encoding: .utf8)
        #expect(stderr.contains("[\(rule.rawValue)]"))
        let readme = try String(contentsOf: Self.broken.appendingPathComponent("README.md"), encoding: .utf8)
        let listed = readme.contains("| `\(name)` |")
        #expect(listed, "Examples/broken/README.md has no row for \(name)")
    }

    @Test("the broken examples' README names every rule made by tests")
    func readmeNamesTheRest() throws {
        let readme = try String(contentsOf: Self.broken.appendingPathComponent("README.md"), encoding: .utf8)
        for rule in Self.madeByTests.keys {
            let named = readme.contains("`\(rule.rawValue)`")
            #expect(named, "Examples/broken/README.md does not name \(rule.rawValue)")
        }
    }

    /// The rule an example folder shows: its name, or the longest rule id it starts with before a `-`
    /// (`not-utf8-utf16` shows `not-utf8`).
    static func rule(ofExample name: String) -> Diagnostic.Rule? {
        Diagnostic.Rule.allCases.filter { name == $0.rawValue || name.hasPrefix($0.rawValue + "-") }
            .max { $0.rawValue.count < $1.rawValue.count }
    }
}

/// Renders the diagnostic catalogue as the Markdown of `Docs/DIAGNOSTICS.md`.
enum DiagnosticsPage {
    static let width = 80

    static let opening = """
        # Diagnostics

        <!-- Generated from Sources/Basework/Model/DiagnosticCatalogue.swift by Scripts/update-docs; edit the texts there. -->

        `basework check` reports each problem in the journal as

            PATH:LINE:COLUMN: error|warning: MESSAGE [RULE]

        PATH is relative to the journal folder; LINE and COLUMN count from 1 in the file as you see it in \
        your editor, front matter included, COLUMN in characters (Unicode code points). Report commands say how many problems \
        there are on standard error before they run, and point to `basework check`.

        - An **error** means basework could not read something as you meant it. An entry is **left out** \
        of the reports only when it cannot be placed in time or read at all: its `date` is missing or not \
        a real day, its front matter is not valid YAML or never closed, or the file is not UTF-8 or cannot \
        be read. The reports still run, and say how many entries they left out. Any other error keeps the \
        entry, read as if the wrong value were absent: `crowd: about 60` is an error and the entry counts \
        with no crowd, its people and follow-ups kept. An error in `people.yml` or `basework.yml` costs \
        only the person or setting it names.
        - A **warning** means basework read it, but it is probably not what you meant. The entry still \
        counts.

        Each rule's heading says which it is, and for an error in an entry whether the entry is left out \
        or kept. `basework check` exits with 1 when it finds an error; with `--strict`, any report \
        command exits with 1 on any diagnostic. `Examples/broken/` has a tiny journal for each rule that \
        can be shown with a file.
        """

    static func markdown() -> String {
        var out = wrap(opening) + "\n"
        let pages = DiagnosticCatalogue.pages
        for section in DiagnosticCatalogue.Section.allCases {
            out += "\n## \(section.rawValue)\n"
            for page in pages where page.section == section {
                let kind = page.rule.severity == .error ? "error" : "warning"
                out += "\n### `\(page.rule.rawValue)` (\(kind)\(page.effect.map { "; \($0)" } ?? ""))\n\n"
                out += wrap(page.summary) + "\n\n"
                out += wrap("**Trigger:** " + page.trigger) + "\n\n"
                out += wrap("**Fix:** " + page.fix) + "\n"
            }
        }
        return out
    }

    /// Wraps each line of prose at `width`, keeping list items' indentation; code blocks, indented lines
    /// and headings stay as written.
    static func wrap(_ text: String) -> String {
        var fenced = false
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("```") { fenced.toggle(); return String(line) }
            if fenced || line.hasPrefix(" ") || line.hasPrefix("#") || line.hasPrefix("<!--") || line.count <= width {
                return String(line)
            }
            let indent = line.hasPrefix("- ") ? "  " : ""
            var lines: [String] = []
            var current = ""
            for word in unbreakable(line) {
                if !current.isEmpty && current.count + 1 + word.count > width {
                    lines.append(current)
                    current = indent + word
                } else {
                    current += current.isEmpty ? String(word) : " " + word
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// The line's words, a code span with spaces in it kept as one (`` `mood: tired` ``).
    private static func unbreakable(_ line: Substring) -> [String] {
        var words: [String] = []
        var open = false
        for word in line.split(separator: " ") {
            if open { words[words.count - 1] += " " + word } else { words.append(String(word)) }
            if word.filter({ $0 == "`" }).count % 2 == 1 { open.toggle() }
        }
        return words
    }
}
