import Foundation
import Testing

/// The benchmark's journal generator, run as built: what it writes must be a valid journal, the same
/// for the same seed, so benchmark figures measure reading and not diagnostics.
@Suite("Benchmark corpus generator")
struct CorpusTests {
    /// `basework-corpus`, built beside `basework`.
    static let generator: URL? = GoldenRun.executable
        .map { $0.deletingLastPathComponent().appendingPathComponent("basework-corpus") }
        .flatMap { FileManager.default.isExecutableFile(atPath: $0.path) ? $0 : nil }

    /// Runs the generator into a fresh folder and returns the journal's folder.
    private func generate(into folder: URL, seed: Int, dense: Bool = false) throws -> URL {
        let generator = try #require(Self.generator, "no built basework-corpus; run swift build")
        let journal = folder.appendingPathComponent("j")
        let process = Process()
        process.executableURL = generator
        process.arguments = [journal.path, "--entries", "120", "--people", "40", "--seed", "\(seed)", "--per-day", "8"] + (dense ? ["--dense"] : [])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return journal
    }

    /// Every file under `root`, by relative path.
    private func files(under root: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: root.path))
        for case let relative as String in walker {
            let url = root.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                found[relative] = try Data(contentsOf: url)
            }
        }
        return found
    }

    @Test("a generated journal passes check with no diagnostic, and the same seed gives the same bytes")
    func validAndDeterministic() throws {
        let first = try TemporaryJournal(), second = try TemporaryJournal(), other = try TemporaryJournal()
        let a = try generate(into: first.root, seed: 7)
        let b = try generate(into: second.root, seed: 7)
        let c = try generate(into: other.root, seed: 8)
        // Before `check`, which leaves its cache in `.basework/`.
        let filesA = try files(under: a)

        let check = try GoldenRun(arguments: ["check", a.path])
        #expect(check.status == 0)
        #expect(check.stderr == "No problems: 120 entries read.\n")

        #expect(filesA.keys.count(where: { $0.hasSuffix(".md") }) == 120)
        #expect(filesA == (try files(under: b)))
        #expect(filesA != (try files(under: c)))

        let bodies = try String(contentsOf: first.root.appendingPathComponent("j.bodies.md"), encoding: .utf8)
        #expect(!bodies.contains("\nduration:"), "the bodies file leaves front matter out")
        #expect(bodies.contains("## Follow-up"))
    }

    @Test("a dense journal (5 to 12 mentions an entry) passes check too")
    func dense() throws {
        let folder = try TemporaryJournal()
        let journal = try generate(into: folder.root, seed: 7, dense: true)
        let check = try GoldenRun(arguments: ["check", journal.path, "--no-cache"])
        #expect(check.status == 0)
        #expect(check.stderr == "No problems: 120 entries read.\n")
        let text = try String(contentsOf: journal.appendingPathComponent("people.yml"), encoding: .utf8)
        #expect(!text.isEmpty)
        let entries = try files(under: journal).filter { $0.key.hasSuffix(".md") }.values.map { String(decoding: $0, as: UTF8.self) }
        #expect(entries.allSatisfy { $0.components(separatedBy: "\n- @").count - 1 >= 5 })
    }
}
