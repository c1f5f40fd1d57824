import Dispatch
import Synchronization

extension JournalIndex {
    /// What the index keeps of each file: its context-free syntax (`EntryParser`).
    typealias Syntax = FileSyntax

    /// The first stage: nil when the file is not an entry.
    @Sendable static func parse(path: String, bytes: [UInt8]) -> Syntax? {
        EntryParser.parse(path: path, bytes: bytes)
    }

    /// The second stage, on all cores: each chunk of files' syntax resolved against the settings and
    /// roster (`JournalResolver`, which resolves each file on its own), then put together into a `Journal`.
    /// Each outcome is let go once its chunk is resolved, so a syntax value nothing else holds is freed
    /// before the entries of later chunks are made.
    static func resolve(_ files: [JournalFiles.File], consuming outcomes: consuming [FileTable<Syntax>.Outcome],
                        setup: (Settings, Roster), diagnostics: [Diagnostic]) -> Journal {
        let (settings, roster) = setup
        let slots = Slots(outcomes)
        outcomes = []
        defer { slots.free() }
        let chunk = 256
        let chunks = (files.count + chunk - 1) / chunk
        let results = Mutex<[(entries: [Entry], diagnostics: [Diagnostic], leftOut: Int)]>([])
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            var parsed: [FileSyntax] = []
            var diagnostics: [Diagnostic] = []
            var leftOut = 0
            for offset in (index * chunk)..<min(files.count, (index + 1) * chunk) {
                let syntax: FileSyntax
                switch slots.take(offset) {
                case .success(let found?): syntax = found.value
                case .success(nil): continue
                case .failure(let error):
                    syntax = FileSyntax(path: files[offset].relative, entry: nil, diagnostics: [JournalReader.problem(error, files[offset].relative)])
                }
                diagnostics += syntax.diagnostics
                if syntax.isLeftOut { leftOut += 1 }
                parsed.append(syntax)
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

    /// The outcomes, each taken once by the chunk that holds it: chunks touch disjoint slots.
    private struct Slots: @unchecked Sendable {
        let base: UnsafeMutablePointer<FileTable<Syntax>.Outcome?>
        let count: Int

        init(_ outcomes: [FileTable<Syntax>.Outcome]) {
            count = outcomes.count
            base = .allocate(capacity: max(1, count))
            for (index, outcome) in outcomes.enumerated() { (base + index).initialize(to: outcome) }
        }

        func take(_ index: Int) -> FileTable<Syntax>.Outcome {
            let outcome = (base + index).move()!
            (base + index).initialize(to: nil)
            return outcome
        }

        func free() {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }
}
