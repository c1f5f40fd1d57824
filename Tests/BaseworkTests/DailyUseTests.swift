import Foundation
import Testing

/// `init`, `new` and `-o` run end to end on journals in temporary folders.
@Suite("Daily use: init, new --edit and -o")
struct DailyUseTests {
    /// A fresh temporary folder, removed by the caller.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("basework-daily-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func contents(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    static let noEditor = ["VISUAL": "", "EDITOR": ""]

    @Test("init makes the folder and two commented files that read with no problem, and never writes over them")
    func initJournal() throws {
        let base = try DailyUseTests.scratch()
        defer { try? FileManager.default.removeItem(at: base) }
        let root = base.appendingPathComponent("journal/new")
        let first = try GoldenRun(arguments: ["init", root.path])
        #expect(first.status == 0)
        #expect(first.stdout.contains("wrote \(root.path)/people.yml"))
        #expect(first.stdout.contains("basework new \(root.path) --activity call --edit"))
        let roster = try #require(DailyUseTests.contents(root.appendingPathComponent("people.yml")))
        #expect(roster.split(separator: "\n").allSatisfy { $0.hasPrefix("#") })
        let check = try GoldenRun(arguments: ["check", root.path])
        #expect(check.status == 0)
        #expect(check.stderr.contains("no problems") || check.stderr.contains("No problems"))

        try Data("maria-g:\n  name: Maria\n".utf8).write(to: root.appendingPathComponent("people.yml"))
        let second = try GoldenRun(arguments: ["init", root.path])
        #expect(second.status == 0)
        #expect(second.stdout.contains("kept \(root.path)/people.yml"))
        #expect(DailyUseTests.contents(root.appendingPathComponent("people.yml")) == "maria-g:\n  name: Maria\n")
    }

    @Test("new makes the month folders; a missing folder or a folder that is no journal is refused with a hint")
    func newEntry() throws {
        let base = try DailyUseTests.scratch()
        defer { try? FileManager.default.removeItem(at: base) }
        _ = try GoldenRun(arguments: ["init", base.path])
        let made = try GoldenRun(arguments: ["new", base.path, "--date", "2027-02-03", "--activity", "call"])
        #expect(made.status == 0)
        #expect(FileManager.default.fileExists(atPath: base.appendingPathComponent("2027/02/2027-02-03-call.md").path))

        let missing = try GoldenRun(arguments: ["new", base.appendingPathComponent("nowhere").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("basework init"))

        let other = base.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other.appendingPathComponent("src"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: other.appendingPathComponent("src/main.c"))
        let refused = try GoldenRun(arguments: ["new", other.path, "--date", "2027-02-03"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("not a basework journal"))
        #expect(!FileManager.default.fileExists(atPath: other.appendingPathComponent("2027").path))
    }

    @Test("new --edit with no editor, or one that is not found, writes nothing and exits 2")
    func noEditor() throws {
        let root = try DailyUseTests.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let none = try GoldenRun(arguments: ["new", root.path, "--edit", "--date", "2027-02-03"], environment: DailyUseTests.noEditor)
        #expect(none.status == 2)
        #expect(none.stderr.contains("$VISUAL or $EDITOR"))
        let absent = try GoldenRun(arguments: ["new", root.path, "--edit", "--date", "2027-02-03"],
                                   environment: ["VISUAL": "", "EDITOR": "no-such-editor-here --wait"])
        #expect(absent.status == 2)
        #expect(absent.stderr.contains("no-such-editor-here"))
        #expect((try FileManager.default.contentsOfDirectory(atPath: root.path)).isEmpty)
    }

    @Test("a failing editor gives its exit status and keeps the file, saying where; $VISUAL comes before $EDITOR")
    func failingEditor() throws {
        let root = try DailyUseTests.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let failed = try GoldenRun(arguments: ["new", root.path, "--edit", "--date", "2027-02-03"],
                                   environment: ["VISUAL": "", "EDITOR": "sh -c 'exit 3'"])
        let path = root.appendingPathComponent("2027/02/2027-02-03-entry.md").path
        #expect(failed.status == 3)
        #expect(failed.stderr.contains("kept at \(path)"))
        #expect(FileManager.default.fileExists(atPath: path))
        let visual = try GoldenRun(arguments: ["new", root.path, "--edit", "--date", "2027-02-03"],
                                   environment: ["VISUAL": "true", "EDITOR": "false"])
        #expect(visual.status == 0)
        #expect(visual.stdout == root.appendingPathComponent("2027/02/2027-02-03-entry-2.md").path + "\n")
    }

    @Test("-o writes the format its extension names, or --format's, and leaves no temporary file")
    func output() throws {
        let folder = try DailyUseTests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let week = ["report", "Examples/journal", "--week", "last", "--as-of", "2026-11-23"]
        let html = try GoldenRun(arguments: week + ["-o", folder.appendingPathComponent("week.html").path])
        #expect(html.status == 0)
        #expect(html.stdout.isEmpty)
        #expect(DailyUseTests.contents(folder.appendingPathComponent("week.html"))?.hasPrefix("<!DOCTYPE html>") == true)
        let json = try GoldenRun(arguments: week + ["--output", folder.appendingPathComponent("week.json").path])
        #expect(DailyUseTests.contents(folder.appendingPathComponent("week.json")) == (try GoldenRun(arguments: week + ["-F", "json"])).stdout)
        #expect(json.status == 0)
        _ = try GoldenRun(arguments: week + ["-F", "markdown", "-o", folder.appendingPathComponent("week.html").path])
        #expect(DailyUseTests.contents(folder.appendingPathComponent("week.html")) == (try GoldenRun(arguments: week + ["-F", "markdown"])).stdout)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["week.html", "week.json"])
    }
}

/// What counts as a journal folder before anything is read.
@Suite("Telling a journal from another folder")
struct JournalRecognizerTests {
    @Test("a roster, settings, a YYYY/MM folder or an entry within two levels makes a journal; READMEs and notes do not")
    func recognize() throws {
        let root = try DailyUseTests.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("docs/guide/deep"), withIntermediateDirectories: true)
        try Data("# Read me\n".utf8).write(to: root.appendingPathComponent("README.md"))
        try Data("notes\n".utf8).write(to: root.appendingPathComponent("docs/notes.md"))
        try Data("---\ndate: 2026-11-02\n---\n".utf8).write(to: root.appendingPathComponent("docs/guide/deep/entry.md"))
        #expect(try GoldenRun(arguments: ["check", root.path]).status == 2)
        try manager.createDirectory(at: root.appendingPathComponent("2026/11"), withIntermediateDirectories: true)
        #expect(try GoldenRun(arguments: ["check", root.path]).status == 0)
        try manager.removeItem(at: root.appendingPathComponent("2026"))
        try Data([0xFF, 0xFE] + Array("---".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            .write(to: root.appendingPathComponent("docs/guide/utf16.md"))
        let withEntry = try GoldenRun(arguments: ["check", root.path])
        #expect(!withEntry.stderr.contains("not a basework journal"))
        try manager.removeItem(at: root.appendingPathComponent("docs/guide/utf16.md"))
        try Data("".utf8).write(to: root.appendingPathComponent("basework.yml"))
        #expect(try GoldenRun(arguments: ["check", root.path]).status == 0)
    }
}
