import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A journal kept up to date file by file. For each file it keeps, by path and with the stat
/// signature of the file it came from, two things: its syntax (`EntryParser`) and what that syntax
/// resolved to against the roster and settings (`ResolvedFile`). `update()` lists the tree again; a
/// file whose signature still matches is taken as resolved; one whose roster or settings changed is
/// resolved again from its kept syntax; only a file that changed is read and parsed again; files that
/// are gone are dropped. Every command reads through one (with the cache on disk unless `--no-cache`
/// or `cache: false`); a long-lived process keeps one and calls `update()` again.
public struct JournalIndex: Sendable {
    public let root: String
    /// Whether `.basework/` is read and written (the settings can still turn it off).
    public let usesCache: Bool
    /// Whether the cache is written too, or only read (the language server writes nothing).
    public let writesCache: Bool
    /// What the last update did with the cache, in one line for `--verbose`.
    public private(set) var cacheNote = ""

    /// Whether the index keeps each shard's tables between updates, for a long-lived process. A command
    /// that updates once passes false: each shard's syntax is then let go as soon as its files are
    /// resolved, which lowers the peak.
    public let keepsSyntax: Bool

    private var kept: [ShardUpdate.Kept?] = Array(repeating: nil, count: CacheFolder.shardCount)
    private var setup: Setup?
    /// What the last update resolved, and from what: the files listed (and the listing's diagnostics).
    private var last: (paths: [String], listing: [Diagnostic], journal: Journal)?

    /// The settings and roster, with their diagnostics and the signatures of the files they came from.
    struct Setup: Sendable {
        var signatures: [FileSignature?]
        var settings: Settings
        var roster: Roster
        var diagnostics: [Diagnostic]
        /// A checksum of the settings file's bytes and whether there is a roster: resolved records made
        /// with others are not used.
        var key: UInt64
        /// A checksum of the roster's bytes: a resolved record made with another roster is used when the
        /// names it looked up still say the same (`ResolvedFile.holds(with:)`).
        var rosterKey: UInt64
        var spelling: HandleSpelling

        /// Whether these are still the files' contents: same signatures, each settled.
        func holds(for signatures: [FileSignature?], now: Int64) -> Bool {
            signatures == self.signatures && signatures.allSatisfy { $0?.isSettled(at: now) ?? true }
        }
    }

    public init(root: String, cache: Bool = true, writesCache: Bool = true, keepsSyntax: Bool = true) {
        self.root = root
        usesCache = cache
        self.writesCache = writesCache
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
            let (settings, roster, keys) = JournalReader.setup(files, diagnostics: &diagnostics)
            setup = Setup(signatures: signatures, settings: settings, roster: roster, diagnostics: diagnostics,
                          key: keys.settings &* 2 &+ (roster.exists ? 1 : 0), rosterKey: keys.roster,
                          spelling: JournalResolver.spelling(for: roster))
        }
        let setup = setup!

        let caching = usesCache && setup.settings.cache
        if !caching && !keepsSyntax {
            cacheNote = "cache: off; \(files.markdown.count) files read"
            return Self.readAndResolve(files.markdown, setup: (setup.settings, setup.roster),
                                       diagnostics: files.diagnostics + setup.diagnostics)
        }
        let (outcomes, parsed, resolved, trouble) = updateShards(files.markdown, setup: setup, caching: caching, now: now)
        cacheNote = !caching ? "cache: off; \(parsed) files read"
            : "cache: \(parsed) of \(files.markdown.count) files read again, \(resolved) resolved again" + (trouble.map { " (\($0))" } ?? "")

        let paths = files.markdown.map(\.relative)
        if let last, setupHolds, parsed == 0, resolved == 0, last.paths == paths, last.listing == files.diagnostics {
            return last.journal
        }
        let journal = Self.journal(outcomes, setup: setup, diagnostics: files.diagnostics + setup.diagnostics)
        if keepsSyntax { last = (paths, files.diagnostics, journal) }
        return journal
    }

    /// Every shard brought up to date at once: each file's resolved file in the order given, how many
    /// files were parsed and resolved again, and the first reason the cache could not be used.
    private mutating func updateShards(_ files: [JournalFiles.File], setup: Setup, caching: Bool,
                                       now: Int64) -> (outcomes: ResolvedSlots, parsed: Int, resolved: Int, trouble: String?) {
        var trouble: String?
        let disk = caching ? cacheFolders(setup: setup, trouble: &trouble) : nil
        let offsets = files.indices.reduce(into: Array(repeating: [Int](), count: CacheFolder.shardCount)) { offsets, offset in
            offsets[CacheFolder.shard(of: files[offset].relative)].append(offset)
        }
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        let folder = descriptor >= 0 ? (descriptor, root.utf8.count + (root.hasSuffix("/") ? 0 : 1)) : nil
        let outcomes = ResolvedSlots(count: files.count)
        let results = Mutex(Array(repeating: ShardUpdate.Result?.none, count: CacheFolder.shardCount))
        let (kept, keep) = (self.kept, keepsSyntax)
        DispatchQueue.concurrentPerform(iterations: CacheFolder.shardCount) { shard in
            let update = ShardUpdate(files: offsets[shard].map { files[$0] }, positions: offsets[shard], outcomes: outcomes,
                                     shard: shard, root: folder, setup: setup, now: now)
            let result = update.run(kept: kept[shard], disk: disk, keep: keep)
            results.withLock { $0[shard] = result }
        }
        var parsed = 0, resolved = 0
        for (shard, result) in results.withLock({ $0 }).enumerated() {
            guard let result else { continue }
            parsed += result.parsed
            resolved += result.resolved
            trouble = trouble ?? result.trouble
            self.kept[shard] = result.kept
        }
        return (outcomes, parsed, resolved, trouble)
    }

    /// The cache's folder for both tables, made when missing (when the cache is written); `trouble`
    /// says why it cannot be read or written.
    private func cacheFolders(setup: Setup, trouble: inout String?) -> ShardUpdate.Disk {
        let syntax = CacheFolder(root: root, payload: FileSyntax.self, prefix: "index")
        let readable = syntax.isOwnFolder()
        var writable = writesCache
        if writesCache {
            do throws(CacheFolder.Failure) {
                try syntax.prepare()
            } catch {
                writable = false
                trouble = error.reason
            }
        }
        if !readable && trouble == nil { trouble = "no cache folder" }
        return ShardUpdate.Disk(syntax: syntax, resolved: CacheFolder(root: root, payload: ResolvedFile.self, prefix: "resolved", setup: setup.key),
                                readable: readable, writable: writable)
    }

    /// The journal the files' resolved outcomes make, in the files' order.
    /// Each outcome is moved, not copied, into the journal.
    private static func journal(_ outcomes: ResolvedSlots, setup: Setup, diagnostics: [Diagnostic]) -> Journal {
        var entries: [Entry] = []
        entries.reserveCapacity(outcomes.count)
        var all = diagnostics
        var leftOut = 0
        for index in 0..<outcomes.count {
            guard var outcome = outcomes.take(index) else { continue }
            if let entry = outcome.entry.take() { entries.append(entry) }
            if !outcome.diagnostics.isEmpty { all += outcome.diagnostics }
            if outcome.leftOut { leftOut += 1 }
        }
        all.sort(by: Diagnostic.precedes)
        return Journal(entries: entries, roster: setup.roster, settings: setup.settings, diagnostics: all, leftOut: leftOut)
    }
}

