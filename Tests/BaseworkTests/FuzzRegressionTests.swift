import Testing
@testable import Basework

/// Inputs the fuzzer (`Scripts/fuzz`, Docs/ROBUSTNESS.md) found crashing the reader, kept as they were
/// found (bytes) so the exact path stays covered. Each must read without a crash and give the diagnostic
/// a careful reader expects.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// Reads bytes as an entry file, as the fuzz target does, and runs every report on the entry when read.
    static func read(_ bytes: [UInt8]) -> JournalReader.EntryOutcome? {
        let outcome = JournalReader.readEntry(path: "fuzz.md", bytes: bytes)
        if let entry = outcome?.entry {
            let journal = Journal(entries: [entry])
            let query = Query(period: Period.week(holding: entry.date, start: .monday), asOf: entry.date.adding(days: 30))
            _ = JSONRenderer.encode(FullReport(ReportInput(journal, query)))
        }
        return outcome
    }

    @Test("a parenthesised time of hundreds of digits is too long, not a crash converting it to Int")
    func hugeExplicitTime() throws {
        // Found in the first run: `(1555…5m)` with 70 digits; formatting the sum for the message trapped.
        let bytes: [UInt8] = [
        0x2D, 0x2D, 0x2D, 0x0A, 0x64, 0x61, 0x74, 0x65, 0x32, 0x30, 0x3A, 0x20, 0x32, 0x36, 0x2D, 0x31,
        0x31, 0x2D, 0x30, 0x35, 0x0A, 0x64, 0x75, 0x72, 0x61, 0x74, 0x69, 0x21, 0x6F, 0x6E, 0x3A, 0x20,
        0x33, 0x30, 0x6D, 0x0A, 0x61, 0x63, 0x74, 0x69, 0x76, 0x69, 0x74, 0x79, 0x3A, 0x20, 0x63, 0x61,
        0x6C, 0x6C, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A, 0x0A, 0x23, 0x20, 0x3C, 0x00, 0x50, 0x68, 0x6F, 0x6E,
        0x65, 0x20, 0x63, 0x61, 0x6C, 0x6C, 0x73, 0x20, 0x62, 0x65, 0x20, 0x0D, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x40, 0x64, 0x65, 0x73, 0x68, 0x61, 0x77, 0x6E, 0x20, 0x28, 0x31, 0x35, 0x35, 0x35,
        0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35,
        0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35,
        0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35,
        0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x35, 0x6D, 0x29, 0x20, 0x23, 0x74, 0x61, 0x6C, 0x6B, 0x65,
        0x64, 0x63,
        ]
        let outcome = try #require(Self.read(bytes))
        #expect(outcome.entry == nil)
        #expect(outcome.diagnostics.contains { $0.rule == .explicitTimeTooLong })
    }

    @Test("a parenthesised time too large for a Double is too long, not a crash")
    func infiniteExplicitTime() throws {
        let digits = String(repeating: "9", count: 400)
        let text = "---\ndate: 2026-11-05\nduration: 30m\n---\n\n- @deshawn (\(digits)m) #talked\n"
        let outcome = try #require(Self.read(Array(text.utf8)))
        #expect(outcome.entry?.interactions.allSatisfy { $0.explicitMinutes == nil } == true)
        #expect(outcome.diagnostics.contains { $0.rule == .explicitTimeTooLong && $0.message.contains("more than a year") })
    }

    @Test("parenthesised times whose sum overflows to infinity still give a message")
    func explicitTimesSumToInfinity() throws {
        let huge = "1" + String(repeating: "0", count: 306)
        let text = "---\ndate: 2026-11-05\nduration: 1h\n---\n\n- @a (\(huge)m) (\(huge)m) (\(huge)m)\n"
        let outcome = try #require(Self.read(Array(text.utf8)))
        #expect(outcome.entry?.interactions.allSatisfy { $0.explicitMinutes == nil } == true)
        #expect(outcome.diagnostics.contains { $0.rule == .explicitTimeTooLong })
    }
}

@Suite("Lone carriage returns")
struct LoneCarriageReturnTests {
    @Test("a lone CR ends a line, as cmark counts it, so diagnostics keep their lines")
    func loneCR() throws {
        let text = "---\rdate: 2026-11-20\rduration: 1h\r---\r\r- @ana #talked\r- @zed #talked\r"
        let (roster, _) = RosterFile.read("ana: {}\n")
        let outcome = try #require(EntryFile.read(text, roster: roster))
        #expect(outcome.entry?.interactions.map(\.handle) == ["ana", "zed"])
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:7:3 warning unknown-person"])
        #expect(outcome.diagnostics.first?.sourceLine == "- @zed #talked")
    }
}
