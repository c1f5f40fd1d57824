import Foundation
import Testing
@testable import Basework

/// A journal folder written into a fresh temporary directory and removed when the value goes away.
final class TemporaryJournal {
    let root: URL
    var path: String { root.path }

    /// Writes each relative path's content (folders are created as needed).
    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("basework-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (relative, content) in files { try write(relative, bytes: Array(content.utf8)) }
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Makes `relative` a symbolic link to `destination` (relative to the link's folder, or absolute).
    func link(_ relative: String, to destination: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    func read() throws -> Journal { try JournalReader.read(root: path) }

    /// Writes the files and reads them as a journal.
    static func read(_ files: [String: String]) throws -> Journal { try TemporaryJournal(files).read() }

    deinit { try? FileManager.default.removeItem(at: root) }
}

/// One entry file read on its own, as the journal reader reads each file.
enum EntryFile {
    /// A front matter for tests that are only about the body: four lines, so the body starts on line 5.
    static let frontMatter = "---\ndate: 2026-11-20\nduration: 1h\n---\n"

    /// The outcome for a whole file's text; nil when it is not an entry.
    static func read(_ text: String, roster: Roster = Roster(), settings: Settings = Settings(),
                     path: String = "entry.md") -> JournalReader.EntryOutcome? {
        JournalReader.readEntry(path: path, bytes: Array(text.utf8), roster: roster, settings: settings)
    }

    /// The entry made of the standard front matter and this body; the test fails when it cannot be read.
    static func body(_ markdown: String, roster: Roster = Roster(), settings: Settings = Settings(),
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> Entry {
        let outcome = try #require(read(frontMatter + markdown, roster: roster, settings: settings), sourceLocation: sourceLocation)
        return try #require(outcome.entry, "\(outcome.diagnostics)", sourceLocation: sourceLocation)
    }

    /// The handles of the entry's interactions, in order.
    static func handles(_ markdown: String, roster: Roster = Roster(),
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try body(markdown, roster: roster, sourceLocation: sourceLocation).interactions.map(\.handle)
    }
}

/// A `people.yml` read on its own.
enum RosterFile {
    static func read(_ yaml: String) -> (roster: Roster, diagnostics: [Diagnostic]) {
        let source = SourceText(text: yaml)
        var sink = DiagnosticSink(path: "people.yml", source: source)
        let roster = RosterReader.read(source, sink: &sink)
        return (roster, sink.diagnostics)
    }
}

/// A `basework.yml` read on its own.
enum SettingsFile {
    static func read(_ yaml: String) -> (settings: Settings, diagnostics: [Diagnostic]) {
        let source = SourceText(text: yaml)
        var sink = DiagnosticSink(path: "basework.yml", source: source)
        let settings = SettingsReader.read(source, sink: &sink)
        return (settings, sink.diagnostics)
    }
}

extension Diagnostic {
    /// `path:line:column severity rule`, for comparing in tests.
    var summary: String { "\(path):\(line):\(column) \(severity.rawValue) \(rule.rawValue)" }
}
