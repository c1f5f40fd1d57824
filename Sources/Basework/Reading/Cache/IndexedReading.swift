import Dispatch
import Synchronization

extension JournalIndex {
    /// Both stages at once, in chunks on all cores, for a run that keeps nothing (no cache): each
    /// chunk's files are parsed and resolved and their syntax let go before the next chunk's, so only
    /// the entries stay. The chunks are put together in the files' order, so a journal listed in date
    /// order needs no sorting.
    static func readAndResolve(_ files: [JournalFiles.File], setup: (Settings, Roster), diagnostics: [Diagnostic]) -> Journal {
        let (settings, roster) = setup
        let chunk = 256
        let chunks = (files.count + chunk - 1) / chunk
        let results = Mutex(Array(repeating: (entries: [Entry](), diagnostics: [Diagnostic](), leftOut: 0), count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            var parsed: [FileSyntax] = []
            var diagnostics: [Diagnostic] = []
            var leftOut = 0
            for file in files[(index * chunk)..<min(files.count, (index + 1) * chunk)] {
                let found: FileSyntax?
                switch JournalFiles.contents(of: file.absolute, limit: JournalReader.maxFileBytes) {
                case .success(let bytes): found = EntryParser.parse(path: file.relative, bytes: bytes)
                case .failure(let error): found = FileSyntax(path: file.relative, entry: nil, diagnostics: [JournalReader.problem(error, file.relative)])
                }
                guard let found else { continue }
                diagnostics += found.diagnostics
                if found.isLeftOut { leftOut += 1 }
                parsed.append(found)
            }
            let resolved = JournalResolver.resolve(parsed, roster: roster, settings: settings)
            parsed = []
            results.withLock { $0[index] = (resolved.entries, diagnostics + resolved.diagnostics, leftOut) }
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
