/// A journal kept up to date file by file: each file's parse by path, with the stat signature of the
/// file it came from. `update()` lists the tree again, parses again only the files whose signature
/// changed, drops the files that are gone, and resolves the journal again only when something changed.
/// Every command reads through one (with the cache on disk unless `--no-cache` or `cache: false`); a
/// long-lived process keeps one and calls `update()` again.
public struct JournalIndex: Sendable {
    public let root: String
    /// Whether `.basework/` is read and written (the settings can still turn it off).
    public let usesCache: Bool
    /// What the last update did with the cache, in one line for `--verbose`.
    public private(set) var cacheNote = ""

    private var table = FileTable<Syntax>()
    private var cacheLoaded = false
    private var setup: Setup?
    /// What the last update resolved, and from what: the files listed (and the listing's diagnostics).
    private var last: (paths: [String], listing: [Diagnostic], journal: Journal)?

    /// The settings and roster, with their diagnostics and the signatures of the files they came from.
    private struct Setup: Sendable {
        var signatures: [FileSignature?]
        var settings: Settings
        var roster: Roster
        var diagnostics: [Diagnostic]

        /// Whether these are still the files' contents: same signatures, each settled.
        func holds(for signatures: [FileSignature?], now: Int64) -> Bool {
            signatures == self.signatures && signatures.allSatisfy { $0?.isSettled(at: now) ?? true }
        }
    }

    /// Whether the index keeps each file's syntax between updates. A command that updates once passes
    /// false: each file's syntax is then freed as soon as its entry is resolved, which lowers the peak.
    public let keepsSyntax: Bool

    public init(root: String, cache: Bool = true, keepsSyntax: Bool = true) {
        self.root = root
        usesCache = cache
        self.keepsSyntax = keepsSyntax
    }

    /// The journal as the files are now.
    public mutating func update() throws(JournalReader.RootError) -> Journal {
        let now = FileSignature.now()
        let files: JournalFiles
        do {
            files = try JournalFiles.list(root: root)
        } catch {
            throw JournalReader.RootError(description: error.description)
        }
        // A file that is missing has no signature; one that is present but cannot be stat'ed is read again.
        let signatures = [files.settings, files.roster].map { $0.flatMap { FileSignature.of(path: $0.absolute) } }
        let setupHolds = setup?.holds(for: signatures, now: now) == true
            && [files.settings, files.roster].map({ $0 == nil }) == signatures.map({ $0 == nil })
        if !setupHolds {
            var diagnostics: [Diagnostic] = []
            let (settings, roster) = JournalReader.setup(files, diagnostics: &diagnostics)
            setup = Setup(signatures: signatures, settings: settings, roster: roster, diagnostics: diagnostics)
        }
        let setup = setup!

        let caching = usesCache && setup.settings.cache
        if !caching && !keepsSyntax {
            cacheNote = "cache: off; \(files.markdown.count) files read"
            return Self.readAndResolve(files.markdown, setup: (setup.settings, setup.roster),
                                       diagnostics: files.diagnostics + setup.diagnostics)
        }
        var folder = CacheFolder(root: root, payload: Syntax.self)
        var unread = Set<Int>()
        if caching && !cacheLoaded {
            cacheLoaded = true
            let loaded = folder.load(Syntax.self)
            table = FileTable(records: loaded.records)
            unread = loaded.unread
        }
        var update = table.update(files.markdown, limit: JournalReader.maxFileBytes, now: now, parse: Self.parse)
        var trouble = folder.trouble
        if caching {
            let shards = unread.union(update.changedPaths.map(CacheFolder.shard(of:)))
            if !folder.save(table.records, shards: shards) { trouble = folder.trouble }
        }
        cacheNote = !caching ? "cache: off; \(update.parsed) files read"
            : "cache: \(update.parsed) of \(files.markdown.count) files read again" + (trouble.map { " (\($0))" } ?? "")

        let paths = files.markdown.map(\.relative)
        if let last, setupHolds, !update.changed, last.paths == paths, last.listing == files.diagnostics {
            return last.journal
        }
        if !keepsSyntax { table = FileTable() }
        let outcomes = update.outcomes
        update.outcomes = []
        let journal = Self.resolve(files.markdown, consuming: outcomes, setup: (setup.settings, setup.roster),
                                   diagnostics: files.diagnostics + setup.diagnostics)
        if keepsSyntax { last = (paths, files.diagnostics, journal) }
        return journal
    }
}
