import Testing
@testable import Basework

/// A journal cannot drive the terminal or the page that shows it: control characters are U+FFFD from
/// the moment they are read, in texts and in file names.
@Suite("Control characters")
struct ControlCharacterTests {
    static let escape = "\u{1B}[2J"

    @Test("escape sequences in names, follow-ups and justifications are read as U+FFFD")
    func inTexts() throws {
        let journal = try TemporaryJournal.read([
            "people.yml": "ana: {name: \"Ana\(ControlCharacterTests.escape)\"}\n",
            "a.md": "---\ndate: 2026-11-02\nduration: 1h\njustification: \"why\u{7}\"\n---\n\n- @ana #talked\n\n## Follow-up\n\n- [ ] call @ana \u{1B}[31mnow\n",
        ])
        let entry = try #require(journal.entries.first)
        #expect(journal.roster.people["ana"]?.name == "Ana\u{FFFD}[2J")
        #expect(entry.followUps.first?.text == "call @ana \u{FFFD}[31mnow")
        #expect(entry.justification == "why\u{FFFD}")
        let report = TextRenderer(style: .plain).render(ReportDocument(
            header: ReportHeader(journal, Query(period: Period(from: entry.date, to: entry.date), asOf: entry.date)),
            body: .full(FullReport(ReportInput(journal, Query(period: Period(from: entry.date, to: entry.date), asOf: entry.date))))))
        #expect(!report.contains("\u{1B}"))
        #expect(!report.contains("\u{7}"))
    }

    @Test("a file name with a control character is shown with U+FFFD and still read")
    func inNames() throws {
        let folder = try TemporaryJournal([:])
        try folder.write("bad\u{1B}name.md", bytes: Array("---\ndate: 2026-11-02\nduration: 1h\n---\n- @ana #talked\n".utf8))
        let journal = try folder.read()
        #expect(journal.entries.map(\.path) == ["bad\u{FFFD}name.md"])
    }

    @Test("tabs and line breaks are kept")
    func whitespaceKept() {
        #expect(ControlCharacters.replaced(in: "a\tb\nc\r\n") == "a\tb\nc\r\n")
        #expect(ControlCharacters.scan(Array("a\tb\nc\r\né".utf8)[...]) == (false, true))
        #expect(ControlCharacters.scan(Array("a\u{85}".utf8)[...]) == (true, false))
        #expect(ControlCharacters.scan(Array("a\u{1B}[31m\r\n".utf8)[...]) == (true, true))
        #expect(ControlCharacters.scan(Array("\u{7F}".utf8)[...]) == (true, false))
        #expect(ControlCharacters.scan(Array("é\u{A0}ü\u{C2}".utf8)[...]) == (false, false))
        #expect(ControlCharacters.scan(Array("x".utf8)[1...]) == (false, false))
        // A C1 control before a lone CR: the CR is still seen (it becomes a line break).
        #expect(ControlCharacters.scan(Array("a\u{85}b\rc".utf8)[...]) == (true, true))
    }

    @Test("the scan eight bytes at a time finds what a scan byte by byte finds, wherever it lies")
    func scanMatchesBytewise() {
        func bytewise(_ bytes: [UInt8]) -> (Bool, Bool) {
            var controls = false
            for (index, byte) in bytes.enumerated() {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { controls = true }
                if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { controls = true }
            }
            return (controls, bytes.contains(0x0D))
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xC2, 0xC3, 0xFF]
        for length in 0..<40 {
            for _ in 0..<200 {
                let bytes = (0..<length).map { _ in
                    Int.random(in: 0..<4, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : 0x61
                }
                let found = ControlCharacters.scan(bytes[...])
                #expect(found == bytewise(bytes), "\(bytes)")
                if length > 3 { #expect(ControlCharacters.scan(bytes[2...]) == bytewise(Array(bytes[2...])), "\(bytes) from 2") }
            }
        }
    }
}
