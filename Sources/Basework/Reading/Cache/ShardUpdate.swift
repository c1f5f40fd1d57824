/// One shard's part of a `JournalIndex` update; every shard runs at once, on all cores. Each of the
/// shard's files is stat'ed; its resolved record is used as it is when it still holds (same signature,
/// same settings, and a roster that says the same of the names it looked up); otherwise the file is
/// resolved again from its syntax, the kept one when that still holds, else the file read and parsed
/// again. The shard's two tables are written back to
/// the cache only when they changed. A shard's syntax is loaded only when one of its files needs it,
/// and let go at the end unless the index keeps it, so a run holds at most a shard's syntax per core.
struct ShardUpdate {
    /// What the index keeps of a shard between updates when it keeps its syntax.
    struct Kept: Sendable {
        /// `JournalIndex.Setup.key` of the roster and settings the resolved records were made with.
        var setup: UInt64
        var resolved: [String: CacheRecord<ResolvedFile>]
        /// Nil until a file of the shard needed it.
        var syntax: [String: CacheRecord<FileSyntax>]?
    }

    /// The cache's two tables for this shard, when the cache is used and its folder is there or can be made.
    struct Disk {
        var syntax: CacheFolder
        var resolved: CacheFolder
        /// Whether the folder was there, this user's own, when the update started: shards are read from it.
        var readable: Bool
        /// Whether the folder is there or could be made: shards are written to it.
        var writable: Bool
    }

    /// What the update gave besides the outcomes: what to keep, how many files were read and resolved
    /// again, and why the cache was not used, if it was not.
    struct Result: Sendable {
        var kept: Kept?
        var parsed = 0
        var resolved = 0
        var trouble: String?
    }

    let files: [JournalFiles.File]
    /// Each file's place in the listing, where its outcome goes in `outcomes`.
    let positions: [Int]
    let outcomes: ResolvedSlots
    let shard: Int
    /// The journal's root folder, open, and the length of the root's path at the front of every
    /// file's `absolute` path (with its `/`).
    let root: (descriptor: Int32, prefix: Int)?
    let setup: JournalIndex.Setup
    let now: Int64

    func run(kept: Kept?, disk: Disk?, keep: Bool) -> Result {
        var result = Result()
        var known: [String: CacheRecord<ResolvedFile>] = [:]
        var resolvedChanged = disk?.readable != true
        if let kept, kept.setup == setup.key {
            known = kept.resolved
        } else if let disk, disk.readable {
            do throws(CacheFolder.Failure) {
                known = try disk.resolved.load(shard: shard, ResolvedFile.self)
            } catch {
                resolvedChanged = true
                result.trouble = error.reason
            }
        }
        // Each record is moved out of the table into its file's outcome: an entry is never copied.
        var signatures: [FileSignature?] = []
        signatures.reserveCapacity(files.count)
        var pending: [Int] = []
        for (offset, file) in files.enumerated() {
            let signature = signature(of: file)
            signatures.append(signature)
            if var record = known.removeValue(forKey: file.relative), record.holds(for: signature) {
                let roster = record.payload?.roster
                if record.payload?.holds(with: setup.roster, key: setup.rosterKey) != false {
                    if record.payload?.roster != roster { resolvedChanged = true }
                    outcomes[positions[offset]] = record.payload?.placed(at: file.relative)
                    continue
                }
            }
            pending.append(offset)
        }
        if !known.isEmpty { resolvedChanged = true }
        known = [:]
        var syntax = kept?.syntax
        if !pending.isEmpty {
            resolvedChanged = true
            var table = syntax ?? load(disk, &result.trouble)
            var syntaxChanged = syntax == nil && disk?.readable != true
            for offset in pending {
                let (file, signature) = (files[offset], signatures[offset])
                let parse: FileSyntax?
                if let record = table[file.relative], record.holds(for: signature) {
                    parse = record.payload
                } else {
                    result.parsed += 1
                    syntaxChanged = true
                    switch JournalFiles.contents(of: file.absolute, limit: JournalReader.maxFileBytes) {
                    case .success(let bytes):
                        parse = EntryParser.parse(path: file.relative, bytes: bytes)
                        table[file.relative] = signature.map { CacheRecord(signature: $0, now: now, payload: parse) }
                    case .failure(let error):
                        table[file.relative] = nil
                        outcomes[positions[offset]] = ResolvedFile(entry: nil, diagnostics: [JournalReader.problem(error, file.relative)],
                                                               leftOut: true)
                        // Not kept: the file is tried again next time.
                        signatures[offset] = nil
                        continue
                    }
                }
                outcomes[positions[offset]] = parse.map {
                    ResolvedFile($0, roster: setup.roster, rosterKey: setup.rosterKey, settings: setup.settings, spelling: setup.spelling)
                }
                result.resolved += 1
            }
            if dropGone(from: &table) { syntaxChanged = true }
            if syntaxChanged, let disk, disk.writable { save(table, to: disk.syntax, &result.trouble) }
            syntax = table
        } else if syntax != nil {
            _ = dropGone(from: &syntax!)
        }
        if (resolvedChanged && disk?.writable == true) || keep {
            var records: [String: CacheRecord<ResolvedFile>] = [:]
            records.reserveCapacity(files.count)
            for (offset, file) in files.enumerated() {
                if let signature = signatures[offset] {
                    records[file.relative] = CacheRecord(signature: signature, now: now, payload: outcomes[positions[offset]])
                }
            }
            if resolvedChanged, let disk, disk.writable { save(records, to: disk.resolved, &result.trouble) }
            if keep { result.kept = Kept(setup: setup.key, resolved: records, syntax: syntax) }
        }
        for position in positions { outcomes.trim(position) }
        return result
    }

    /// A file's signature, stat'ed from the journal's root folder when it is open.
    private func signature(of file: JournalFiles.File) -> FileSignature? {
        guard let root, file.absolute.utf8.count > root.prefix else { return FileSignature.of(path: file.absolute) }
        return file.absolute.withCString { FileSignature.of($0 + root.prefix, in: root.descriptor) }
    }

    /// The shard's syntax in the cache; none when the cache is off or the shard cannot be used.
    private func load(_ disk: Disk?, _ trouble: inout String?) -> [String: CacheRecord<FileSyntax>] {
        guard let disk, disk.readable else { return [:] }
        do throws(CacheFolder.Failure) {
            return try disk.syntax.load(shard: shard, FileSyntax.self)
        } catch {
            trouble = trouble ?? error.reason
            return [:]
        }
    }

    private func save<Payload>(_ records: [String: CacheRecord<Payload>], to folder: CacheFolder, _ trouble: inout String?) {
        do throws(CacheFolder.Failure) {
            try folder.save(shard: shard, records)
        } catch {
            trouble = trouble ?? error.reason
        }
    }

    /// Drops the records of files no longer in the shard; whether there were any.
    private func dropGone(from table: inout [String: CacheRecord<FileSyntax>]) -> Bool {
        let present = Set(files.map(\.relative))
        guard table.keys.contains(where: { !present.contains($0) }) else { return false }
        table = table.filter { present.contains($0.key) }
        return true
    }
}
