import Dispatch
import Synchronization

extension JournalIndex {
    /// Both stages at once, chunk by chunk, for a run that keeps nothing (no cache): each file is
    /// parsed and resolved and its syntax let go before the next chunk's, so only the entries stay.
    static func readAndResolve(_ files: [JournalFiles.File], setup: (Settings, Roster), diagnostics: [Diagnostic]) -> Journal {
        resolveInChunks(files, setup: setup, diagnostics: diagnostics) { offset in
            let file = files[offset]
            switch JournalFiles.contents(of: file.absolute, limit: JournalReader.maxFileBytes) {
            case .success(let bytes): return EntryParser.parse(path: file.relative, bytes: bytes)
            case .failure(let error): return FileSyntax(path: file.relative, entry: nil, diagnostics: [JournalReader.problem(error, file.relative)])
            }
        }
    }

    /// Resolves the files in chunks on all cores, each chunk's syntax given by `syntax` (nil: not an entry).
    private static func resolveInChunks(_ files: [JournalFiles.File], setup: (Settings, Roster), diagnostics: [Diagnostic],
                                        syntax: @Sendable (Int) -> FileSyntax?) -> Journal {
        let (settings, roster) = setup
        let chunk = 256
        let chunks = (files.count + chunk - 1) / chunk
        let results = Mutex<[(entries: [Entry], diagnostics: [Diagnostic], leftOut: Int)]>([])
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            var parsed: [FileSyntax] = []
            var diagnostics: [Diagnostic] = []
            var leftOut = 0
            for offset in (index * chunk)..<min(files.count, (index + 1) * chunk) {
                guard let found = syntax(offset) else { continue }
                diagnostics += found.diagnostics
                if found.isLeftOut { leftOut += 1 }
                parsed.append(found)
            }
            let resolved = JournalResolver.resolve(parsed, roster: roster, settings: settings)
            parsed = []
            results.withLock { $0.append((resolved.entries, diagnostics + resolved.diagnostics, leftOut)) }
        }
        var all = diagnostics
        var entries: [Entry] = []
        entries.reserveCapacity(files.count)
        var leftOut = 0
        for part in results.withLock({ $0 }) {
            entries += part.entries
            all += part.diagnostics
            leftOut += part.leftOut
        }
        all.sort(by: Diagnostic.precedes)
        return Journal(entries: entries, roster: roster, settings: settings, diagnostics: all, leftOut: leftOut)
    }
}
