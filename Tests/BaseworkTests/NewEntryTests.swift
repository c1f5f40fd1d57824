import Foundation
import Testing
@testable import Basework

@Suite("basework new")
struct NewEntryTests {
    @Test("the path is YYYY/MM/YYYY-MM-DD-SLUG.md, the slug from the title, else the activity")
    func path() {
        let day = Day(iso: "2026-03-05")!
        #expect(EntryTemplate(date: day, activity: "picket", title: "Picket at Riverside, 4 West").relativePath()
            == "2026/03/2026-03-05-picket-at-riverside-4-west.md")
        #expect(EntryTemplate(date: day, activity: "house-visit").relativePath() == "2026/03/2026-03-05-house-visit.md")
        #expect(EntryTemplate(date: day).relativePath(attempt: 3) == "2026/03/2026-03-05-entry-3.md")
    }

    @Test("the template reads back as an entry with no interaction and no follow-up, only a missing duration")
    func template() throws {
        let template = EntryTemplate(date: Day(iso: "2026-11-20")!, activity: "picket", struggle: "riverside: nurses", title: "Night picket")
        let outcome = try #require(JournalReader.readEntry(path: "new.md", bytes: Array(template.text.utf8)))
        let entry = try #require(outcome.entry)
        #expect(entry.activity == "picket")
        #expect(entry.struggle == "riverside: nurses")
        #expect(entry.title == "Night picket")
        #expect(entry.interactions.isEmpty)
        #expect(entry.followUps.isEmpty)
        #expect(outcome.diagnostics.map(\.rule) == [.missingDuration])
    }

    @Test("a clash gets a numbered suffix, a new month gets its folder, and nothing is overwritten")
    func clash() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("basework-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let arguments = ["new", root.path, "--date", "2027-01-03", "--activity", "call"]
        let first = try GoldenRun(arguments: arguments)
        let firstPath = root.appendingPathComponent("2027/01/2027-01-03-call.md").path
        #expect(first.status == 0)
        #expect(first.stdout == firstPath + "\n")
        try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: firstPath))
        let second = try GoldenRun(arguments: arguments)
        #expect(second.status == 0)
        #expect(second.stdout == root.appendingPathComponent("2027/01/2027-01-03-call-2.md").path + "\n")
        #expect(try String(contentsOfFile: firstPath, encoding: .utf8) == "my notes\n")
    }

    @Test("a date that does not exist is a usage error")
    func badDate() throws {
        let run = try GoldenRun(arguments: ["new", FileManager.default.temporaryDirectory.path, "--date", "2026-02-30"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
    }
}
