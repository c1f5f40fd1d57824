import Foundation
import Testing

/// The docs stand alone: every file they link to is in the repository.
@Suite("Docs")
struct DocsTests {
    static let documents: [String] = ["README.md"] + ((try? FileManager.default.contentsOfDirectory(
        atPath: GoldenRun.root.appendingPathComponent("Docs").path)) ?? []).filter { $0.hasSuffix(".md") }.map { "Docs/" + $0 }

    @Test("every relative link in a doc names a file inside the repository; none cites the shared contract", arguments: documents)
    func links(_ document: String) throws {
        let url = GoldenRun.root.appendingPathComponent(document)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(!text.contains("../shared") && !text.contains("REPORTS.md"), "\(document) cites a file users do not have")
        let pattern = try NSRegularExpression(pattern: #"\]\(([^)#\s]+)[^)]*\)"#)
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let target = String(text[Range(match.range(at: 1), in: text)!])
            guard !target.contains("://"), !target.hasPrefix("mailto:") else { continue }
            let resolved = url.deletingLastPathComponent().appendingPathComponent(target).standardizedFileURL.path
            #expect(resolved.hasPrefix(GoldenRun.root.standardizedFileURL.path + "/"), "\(document) links outside: \(target)")
            #expect(FileManager.default.fileExists(atPath: resolved), "\(document) links to a missing \(target)")
        }
    }
}
