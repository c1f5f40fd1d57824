import Dispatch
import Synchronization

extension JournalIndex {
    /// What the index keeps of each file: its context-free syntax (`EntryParser`).
    typealias Syntax = FileSyntax

    /// The first stage: nil when the file is not an entry.
    @Sendable static func parse(path: String, bytes: [UInt8]) -> Syntax? {
        EntryParser.parse(path: path, bytes: bytes)
    }

    /// The second stage: the files' syntax against the settings and roster (`JournalResolver`), into a `Journal`.
    static func resolve(_ files: [JournalFiles.File], _ outcomes: [FileTable<Syntax>.Outcome], setup: (Settings, Roster),
                        diagnostics: [Diagnostic]) -> Journal {
        var diagnostics = diagnostics
        var parsed: [FileSyntax] = []
        parsed.reserveCapacity(files.count)
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .success(let syntax?): parsed.append(syntax)
            case .success(nil): break
            case .failure(let error):
                parsed.append(FileSyntax(path: file.relative, entry: nil, diagnostics: [JournalReader.problem(error, file.relative)]))
            }
        }
        var leftOut = 0
        for file in parsed {
            diagnostics += file.diagnostics
            if file.entry == nil { leftOut += 1 }
        }
        let resolved = resolveAll(parsed, roster: setup.1, settings: setup.0)
        diagnostics += resolved.diagnostics
        diagnostics.sort(by: Diagnostic.precedes)
        return Journal(entries: resolved.entries, roster: setup.1, settings: setup.0, diagnostics: diagnostics, leftOut: leftOut)
    }

    /// `JournalResolver.resolve` on all cores: each file resolves on its own, so chunks of files can.
    private static func resolveAll(_ files: [FileSyntax], roster: Roster, settings: Settings) -> (entries: [Entry], diagnostics: [Diagnostic]) {
        let chunk = 256
        let chunks = (files.count + chunk - 1) / chunk
        guard chunks > 1 else { return JournalResolver.resolve(files, roster: roster, settings: settings) }
        let results = Mutex<[(entries: [Entry], diagnostics: [Diagnostic])]>([])
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let part = JournalResolver.resolve(Array(files[(index * chunk)..<min(files.count, (index + 1) * chunk)]),
                                               roster: roster, settings: settings)
            results.withLock { $0.append(part) }
        }
        var entries: [Entry] = []
        entries.reserveCapacity(files.count)
        var diagnostics: [Diagnostic] = []
        for part in results.withLock({ $0 }) {
            entries += part.entries
            diagnostics += part.diagnostics
        }
        return (entries, diagnostics)
    }
}
