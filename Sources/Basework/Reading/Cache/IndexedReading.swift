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
        let slots = Slots(outcomes)
        outcomes = []
        defer { slots.free() }
        return resolveInChunks(files, setup: setup, diagnostics: diagnostics) { offset in
            switch slots.take(offset) {
            case .success(let found?): found.value
            case .success(nil): nil
            case .failure(let error):
                FileSyntax(path: files[offset].relative, entry: nil, diagnostics: [JournalReader.problem(error, files[offset].relative)])
            }
        }
    }

    /// Both stages at once, chunk by chunk, for a run that keeps nothing (no cache): each file is
    /// parsed and resolved and its syntax let go before the next chunk's, so only the entries stay.
    static func readAndResolve(_ files: [JournalFiles.File], setup: (Settings, Roster), diagnostics: [Diagnostic]) -> Journal {
        resolveInChunks(files, setup: setup, diagnostics: diagnostics) { offset in
            let file = files[offset]
            switch JournalFiles.contents(of: file.absolute, limit: JournalReader.maxFileBytes) {
            case .success(let bytes): return parse(path: file.relative, bytes: bytes)
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
