import Testing
@testable import Basework

@Suite("Justification (FORMAT 2.7)")
struct JustificationSectionTests {
    @Test("the front matter justification")
    func frontMatter() throws {
        let entry = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\njustification: They asked us.\n---\n")?.entry)
        #expect(entry.justification == "They asked us.")
    }

    @Test("a Justification or Why section at any level, in any case",
          arguments: ["# Justification", "## Why", "### why", "#### JUSTIFICATION", "Why\n==="])
    func section(_ heading: String) throws {
        let entry = try EntryFile.body("- @ana #talked\n\n\(heading)\n\nThe shop steward asked us.\n")
        #expect(entry.justification == "The shop steward asked us.")
    }

    @Test("a section runs to the next heading of the same or a higher level")
    func sectionEnds() throws {
        let entry = try EntryFile.body("""
            ## Why

            The steward asked.

            ### Detail

            Nights are short of people.

            ## Notes

            Not part of it.
            """)
        #expect(entry.justification == "The steward asked.\n\n### Detail\n\nNights are short of people.")
    }

    @Test("a section's list items are part of its text")
    func listItems() throws {
        let entry = try EntryFile.body("## Why\n\n- it builds trust\n- the steward asked\n")
        #expect(entry.justification == "- it builds trust\n- the steward asked")
    }

    @Test("front matter and body justifications are joined, front matter first")
    func joined() throws {
        let entry = try #require(EntryFile.read("""
            ---
            date: 2026-11-20
            duration: 1h
            justification: They asked us.
            ---

            ## Why

            And it builds trust.

            # Justification

            Also the vote.
            """)?.entry)
        #expect(entry.justification == "They asked us.\n\nAnd it builds trust.\n\nAlso the vote.")
    }

    @Test("no justification anywhere is none; an empty one is none")
    func none() throws {
        #expect(try EntryFile.body("- @ana #talked\n\n## Notes\n\nwhy not\n").justification == nil)
        #expect(try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\njustification: \"\"\n---\n## Why\n")?.entry).justification == nil)
    }

    @Test("a heading that only contains the word is not a justification section", arguments: ["Why we went", "Justifications"])
    func notASection(_ heading: String) throws {
        #expect(try EntryFile.body("## \(heading)\n\nBecause.\n").justification == nil)
    }

    @Test("mentions in a Why section are still interactions")
    func mentionsCount() throws {
        let entry = try EntryFile.body("## Why\n\n@ana asked us to come. #talked\n")
        #expect(entry.interactions.map(\.handle) == ["ana"])
        #expect(entry.justification == "@ana asked us to come. #talked")
    }
}
