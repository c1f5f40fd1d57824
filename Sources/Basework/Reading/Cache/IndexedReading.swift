import Dispatch
import Synchronization

extension JournalIndex {
    /// What the index keeps of each file. Until reading is split into a context-free parse and a
    /// journal-wide resolve, this is the file's bytes, and resolving parses them.
    typealias Syntax = [UInt8]

    /// The first stage: nil when the file is not an entry (its first line is not `---`).
    @Sendable static func parse(path: String, bytes: [UInt8]) -> Syntax? {
        SourceText.opensWithFence(bytes) ? bytes : nil
    }

    /// The second stage: every entry against the settings and roster, on all cores, into a `Journal`.
    static func resolve(_ files: [JournalFiles.File], _ outcomes: [FileTable<Syntax>.Outcome], setup: (Settings, Roster),
                        diagnostics: [Diagnostic]) -> Journal {
        let reader = EntryReader(roster: setup.1, settings: setup.0)
        let results = Mutex<[EntryReader.Outcome]>([])
        let chunk = 64
        let chunks = (files.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            var local: [EntryReader.Outcome] = []
            for offset in (index * chunk)..<min(files.count, (index + 1) * chunk) {
                let path = files[offset].relative
                switch outcomes[offset] {
                case .success(let bytes?):
                    if let outcome = reader.read(path: path, bytes: bytes) { local.append(outcome) }
                case .success(nil):
                    break
                case .failure(let error):
                    local.append(EntryReader.Outcome(entry: nil, diagnostics: [JournalReader.problem(error, path)]))
                }
            }
            results.withLock { $0 += local }
        }
        var diagnostics = diagnostics
        var entries: [Entry] = []
        var leftOut = 0
        for outcome in results.withLock({ $0 }) {
            diagnostics += outcome.diagnostics
            if let entry = outcome.entry { entries.append(entry) } else { leftOut += 1 }
        }
        diagnostics.sort(by: Diagnostic.precedes)
        return Journal(entries: entries, roster: setup.1, settings: setup.0, diagnostics: diagnostics, leftOut: leftOut)
    }
}
