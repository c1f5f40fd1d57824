import Foundation
import Testing

/// The committed man pages are those the binary describes now (`Scripts/update-man` rewrites them).
@Suite("Man pages")
struct ManualPageTests {
    static let folder = GoldenRun.root.appendingPathComponent("Docs/man")

    @Test("Docs/man holds basework.1 and one page per command (not help), current with the binary, with the sections --help lacks")
    func current() throws {
        let dump = try GoldenRun(arguments: ["--experimental-dump-help"])
        let tool = try JSONDecoder().decode(ManualPages.Tool.self, from: Data(dump.stdout.utf8))
        let pages = ManualPages.pages(tool)
        #expect(pages.count == (tool.command.subcommands?.count ?? 0))
        if ProcessInfo.processInfo.environment["UPDATE_MAN"] == "1" {
            for old in try FileManager.default.contentsOfDirectory(atPath: ManualPageTests.folder.path) where old.hasSuffix(".1") {
                try FileManager.default.removeItem(at: ManualPageTests.folder.appendingPathComponent(old))
            }
            for (name, text) in pages { try Data(text.utf8).write(to: ManualPageTests.folder.appendingPathComponent(name)) }
            return
        }
        let committed = try FileManager.default.contentsOfDirectory(atPath: ManualPageTests.folder.path).filter { $0.hasSuffix(".1") }
        #expect(Set(committed) == Set(pages.keys), "run Scripts/update-man")
        for (name, text) in pages {
            let file = String(decoding: FileManager.default.contents(atPath: ManualPageTests.folder.appendingPathComponent(name).path) ?? Data(),
                              as: UTF8.self)
            #expect(file == text, "Docs/man/\(name) is not current: run Scripts/update-man")
            for section in [".SH EXAMPLES", ".SH FILES", ".SH ENVIRONMENT", ".SH EXIT STATUS"] { #expect(text.contains(section)) }
        }
        #expect(pages["basework-report.1"]?.contains("\\-\\-week") == true)
        #expect(pages["basework-trend.1"]?.contains("\\-\\-from") == false)
    }
}
