import Basework
import Testing
@testable import BaseworkLanguageServer

@Suite struct DiagnosticsTests {
    static let unsaved = """
        ---
        date: 2026-11-21
        duration: 1h
        ---

        - Café ☕ 日本 with @bob. #talked

        """

    @Test func anUnsavedNewFileIsCheckedOnOpen() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", Self.unsaved)
        let diagnostics = try #require(harness.diagnostics("2026/11/new.md"))
        #expect(diagnostics.count == 1)
        let unknown = try #require(diagnostics.first)
        #expect(unknown["code"] == .string("unknown-person"))
        #expect(unknown["severity"]?.int == 2)
        // "- Café ☕ 日本 with " is 17 UTF-16 units: each of é, ☕, 日, 本 is one.
        #expect(unknown["range"] == ServerHarness.json(Range(start: Position(line: 5, character: 17), end: Position(line: 5, character: 21))))
    }

    @Test func positionsAfterAnEmojiCountTwoUTF16Units() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", Self.unsaved.replacingOccurrences(of: "Café ☕ 日本", with: "😀🎉"))
        let unknown = try #require(harness.diagnostics("2026/11/new.md")?.first)
        // "- " 2, 😀 2, 🎉 2, " with " 6.
        #expect(unknown["range"]?["start"] == .position(5, 12))
    }

    @Test func aCharacterOfSeveralScalarsIsOneColumnInTheFrontMatter() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-11-21\nduration: 1h\ntags: [👩‍⚕️, {a: b}]\n---\n")
        let bad = try #require(harness.diagnostics("2026/11/new.md")?.first)
        #expect(bad["code"] == .string("bad-value"))
        // "tags: [" 7, 👩‍⚕️ (four scalars, one character) 5 UTF-16 units, ", " 2.
        #expect(bad["range"]?["start"] == .position(3, 14))
    }

    @Test func positionsInUTF8WhenTheClientChoseIt() throws {
        let harness = try ServerHarness(initialize: ServerHarness.initializeParams(root: "/", encodings: ["utf-8"]))
        // The root is the folder with people.yml, found from the file.
        harness.open("2026/11/new.md", Self.unsaved)
        let unknown = try #require(harness.diagnostics("2026/11/new.md")?.first)
        // "- Café ☕ 日本 with ": é 2 bytes, ☕ 3, 日本 6.
        #expect(unknown["range"]?["start"] == .position(5, 2 + 5 + 1 + 3 + 1 + 6 + 6))
    }

    @Test func anIncrementalChangeIsCheckedAgain() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", Self.unsaved)
        #expect(harness.diagnostics("2026/11/new.md")?.count == 1)
        // Replace "bob" (after "- Café ☕ 日本 with @") by "maria".
        harness.change("2026/11/new.md", version: 2, [(Range(start: Position(line: 5, character: 18), end: Position(line: 5, character: 21)), "maria")])
        #expect(harness.diagnostics("2026/11/new.md") == [])
        harness.change("2026/11/new.md", version: 3, [(Range(start: Position(line: 1, character: 6), end: Position(line: 1, character: 16)), "2026-11-40")])
        let bad = try #require(harness.diagnostics("2026/11/new.md")?.first)
        #expect(bad["code"] == .string("bad-date"))
        #expect(bad["severity"]?.int == 1)
        #expect(harness.sent.last?["params"]?["version"]?.int == 3)
    }

    @Test func fastTypingIsReadOnceWhenTheInboxDrains() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", Self.unsaved)
        for (index, letter) in "xyz".enumerated() {
            harness.change("2026/11/new.md", version: 2 + index,
                           [(Range(start: Position(line: 6, character: index), end: Position(line: 6, character: index)), String(letter))])
        }
        _ = harness.diagnostics("2026/11/new.md")
        #expect(harness.sent.count { $0["method"] == .string("textDocument/publishDiagnostics") } == 1)
    }

    @Test func closingClearsTheDiagnostics() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", Self.unsaved)
        #expect(harness.diagnostics("2026/11/new.md")?.count == 1)
        harness.notify("textDocument/didClose", .object(["textDocument": .object(["uri": .string(harness.uri("2026/11/new.md"))])]))
        #expect(harness.sent.last?["params"]?["diagnostics"] == .array([]))
    }

    @Test func anUnsavedRosterChangeRechecksOpenEntries() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", Self.unsaved)
        #expect(harness.diagnostics("2026/11/new.md")?.count == 1)
        harness.open("people.yml", ServerHarness.roster + "bob:\n  name: Bob\n")
        #expect(harness.diagnostics("people.yml") == [])
        #expect(harness.diagnostics("2026/11/new.md") == [])
    }

    @Test func aRosterChangedOnDiskRechecksOpenEntries() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", Self.unsaved)
        #expect(harness.diagnostics("2026/11/new.md")?.count == 1)
        try harness.write("people.yml", ServerHarness.roster + "bob:\n  name: Bob\n")
        harness.notify("workspace/didChangeWatchedFiles", .object(["changes": .array([
            .object(["uri": .string(harness.uri("people.yml")), "type": .number(2)]),
        ])]))
        #expect(harness.diagnostics("2026/11/new.md") == [])
    }

    @Test func rosterAndSettingsBuffersGetTheirOwnDiagnostics() throws {
        let harness = try ServerHarness()
        harness.open("basework.yml", "week-start: monday\nfollow-up-dayz: 3\n")
        let settings = try #require(harness.diagnostics("basework.yml"))
        #expect(settings.map { $0["code"] } == [.string("unknown-setting")])
        harness.open("people.yml", "ana:\n  role: boss\n")
        #expect(harness.diagnostics("people.yml")?.first?["code"] == .string("bad-roster"))
    }

    @Test func aHugeBufferIsOneDiagnosticNotACrash() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/huge.md", "---\n" + String(repeating: "a", count: JournalReader.maxFileBytes + 1))
        #expect(harness.diagnostics("2026/11/huge.md")?.first?["code"] == .string("file-too-large"))
    }

    @Test func nothingIsEverWritten() throws {
        let harness = try ServerHarness()
        let before = harness.snapshot()
        harness.open("2026/11/new.md", Self.unsaved)
        _ = harness.diagnostics("2026/11/new.md")
        _ = harness.request("textDocument/codeAction", .object([
            "textDocument": .object(["uri": .string(harness.uri("2026/11/new.md"))]),
            "range": ServerHarness.json(Range(start: Position(line: 0, character: 0), end: Position(line: 9, character: 0))),
            "context": .object(["diagnostics": .array([])]),
        ]))
        _ = harness.request("shutdown", .null)
        #expect(harness.snapshot() == before)
    }
}
