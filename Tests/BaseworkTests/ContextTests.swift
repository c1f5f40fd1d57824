import Testing
@testable import Basework

@Suite("Contexts (FORMAT 2.2)")
struct ContextTests {
    /// The conformance case 02's body.
    static let planning = """
        # Planning with @cara

        - @dan and @eve talked about nights. #talked
          - @fay listened. #present
        - @gil signed the petition. #acted #first-time

        @hal was there too.
        """

    @Test("heading, list item, nested item and paragraph are each a context")
    func conformance02() throws {
        let entry = try EntryFile.body(Self.planning)
        let rungs = Dictionary(uniqueKeysWithValues: entry.interactions.map { ($0.handle, $0.rung) })
        #expect(entry.interactions.map(\.handle) == ["cara", "dan", "eve", "fay", "gil", "hal"])
        #expect(rungs == ["cara": .present, "dan": .talked, "eve": .talked, "fay": .present, "gil": .acted, "hal": .present])
        #expect(entry.interactions.filter(\.firstTime).map(\.handle) == ["gil"])
        #expect(entry.title == "Planning with @cara")
    }

    @Test("everything in a context is about every person mentioned in it")
    func sharedContext() throws {
        let entry = try EntryFile.body("- @dan and @eve took flyers. #contact #break-room\n")
        #expect(entry.interactions.map(\.rung) == [.contact, .contact])
        #expect(entry.interactions.map(\.tags) == [["break-room"], ["break-room"]])
    }

    @Test("a heading's hashtags apply to the heading only")
    func heading() throws {
        let entry = try EntryFile.body("## Door with @ana #talked\n\n@bo was at the door.\n")
        #expect(entry.interactions.map(\.rung) == [.talked, .present])
    }

    @Test("a list item's own text is its context: a nested list is not part of it")
    func nestedNotInParent() throws {
        let entry = try EntryFile.body("""
            - @ana spoke up. #acted
              - @bo listened.
            - @cy
              #talked
            """)
        #expect(entry.interactions.map(\.handle) == ["ana", "bo", "cy"])
        #expect(entry.interactions.map(\.rung) == [.acted, .present, .talked])
    }

    @Test("a nested item's hashtags do not reach its parent")
    func nestedTagsStayNested() throws {
        let entry = try EntryFile.body("- @ana came.\n  - @bo signed. #acted\n")
        #expect(entry.interactions.map(\.rung) == [.present, .acted])
    }

    @Test("a parent item's text after its nested list is still the parent's")
    func parentAfterNested() throws {
        let entry = try EntryFile.body("""
            - @ana came.

              - @bo signed.

              She spoke at the meeting. #acted
            """)
        #expect(entry.interactions.map(\.rung) == [.acted, .present])
    }

    @Test("a list item's paragraphs are all one context")
    func looseItem() throws {
        let entry = try EntryFile.body("- @ana came by.\n\n  We talked an hour. #talked\n\n- @bo #present\n")
        #expect(entry.interactions.map(\.rung) == [.talked, .present])
    }

    @Test("a paragraph's lines are one context; other paragraphs are other contexts")
    func paragraph() throws {
        let entry = try EntryFile.body("Met @ana at the gate\nand we talked. #talked\n\n@bo waved. #present\n")
        #expect(entry.interactions.map(\.rung) == [.talked, .present])
    }

    @Test("hashtags without a mention in their context apply to no one")
    func tagsWithoutMention() throws {
        let entry = try EntryFile.body("A long day. #recruited\n\n- @ana came\n")
        #expect(entry.interactions.map(\.rung) == [.present])
    }

    @Test("an ordered list's items are contexts too")
    func orderedList() throws {
        let entry = try EntryFile.body("1. @ana #talked\n2. @bo #acted\n")
        #expect(entry.interactions.map(\.rung) == [.talked, .acted])
    }

    @Test("a paragraph in a block quote is a context")
    func blockQuote() throws {
        let entry = try EntryFile.body("> @ana said she'd come. #talked\n")
        #expect(entry.interactions.map(\.rung) == [.talked])
    }

    @Test("an interaction's line is the file line of its first context")
    func line() throws {
        let entry = try EntryFile.body("# Title\n\nIntro.\n\n- @ana #talked\n")
        #expect(entry.interactions.first?.line == 9)
    }

    @Test("a journal with no roster gets no unknown-person warnings")
    func noRoster() throws {
        let journal = try TemporaryJournal.read(["2026-11-03.md": "---\ndate: 2026-11-03\nduration: 2h\nactivity: meeting\n---\n\n" + Self.planning])
        #expect(journal.diagnostics.isEmpty)
        #expect(journal.entries.count == 1)
    }
}
