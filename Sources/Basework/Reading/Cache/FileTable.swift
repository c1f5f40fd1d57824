import Dispatch
import Synchronization

/// Each file's parse, by path, with the signature of the file it was parsed from: the part of the
/// journal index that does not depend on what the payload is. `update` stats every file and reads
/// and parses again only those whose signature changed or was not yet settled.
struct FileTable<Payload: CacheCoding & Sendable>: Sendable {
    /// A parse, shared by reference: a syntax value holds dozens of references, and copying it from
    /// the table to the outcomes to the resolver retained each of them every time.
    final class Parsed: Sendable {
        let value: Payload
        init(_ value: Payload) { self.value = value }
    }

    /// One file's parse: nil when the file is not an entry.
    struct Record: CacheCoding, Sendable {
        var signature: FileSignature
        /// Whether the signature can be trusted next time (`FileSignature.isSettled`).
        var settled: Bool
        var payload: Parsed?

        init(signature: FileSignature, settled: Bool, payload: Parsed?) {
            self.signature = signature
            self.settled = settled
            self.payload = payload
        }

        func write(to writer: inout CacheWriter) {
            writer.write(signature)
            writer.write(settled)
            writer.write(payload) { $0.write($1.value) }
        }

        init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
            signature = try reader.read()
            settled = try reader.bool()
            payload = try reader.optional { (r: inout CacheReader) throws(CacheReader.Damaged) -> Parsed in Parsed(try r.read()) }
        }
    }

    /// Every file read, by path relative to the root.
    private(set) var records: [String: Record] = [:]

    init(records: [String: Record] = [:]) {
        self.records = records
    }

    /// What a file gave this time: its payload (nil: not an entry), or why it could not be read.
    typealias Outcome = Result<Parsed?, JournalFiles.FileError>

    /// What `update` did: each file's outcome in the order given, how many files were read again, and
    /// the paths whose record is new or gone.
    struct Update {
        var outcomes: [Outcome]
        var parsed: Int
        var changedPaths: [String]
        var changed: Bool { parsed > 0 || !changedPaths.isEmpty }
    }

    /// Brings the table up to `files`, on all cores. A file that cannot be read is not kept, so it is tried again next time.
    mutating func update(_ files: [JournalFiles.File], limit: Int, now: Int64 = FileSignature.now(),
                         parse: @Sendable (String, [UInt8]) -> Payload?) -> Update {
        let known = records
        let chunk = 64
        let chunks = (files.count + chunk - 1) / chunk
        let results = Mutex<[(Int, [Outcome], [Record?], [String])]>([])
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let range = (index * chunk)..<min(files.count, (index + 1) * chunk)
            var outcomes: [Outcome] = []
            /// What to keep for each file: its record, reused or new; nil when it could not be read or stat'ed.
            var fresh: [Record?] = []
            var parsed: [String] = []
            for file in files[range] {
                let signature = FileSignature.of(path: file.absolute)
                if let signature, let record = known[file.relative], record.settled, record.signature == signature {
                    outcomes.append(.success(record.payload))
                    fresh.append(record)
                    continue
                }
                parsed.append(file.relative)
                // The signature is taken before the bytes are read: a change in between is seen next time.
                switch JournalFiles.contents(of: file.absolute, limit: limit) {
                case .success(let bytes):
                    let payload = parse(file.relative, bytes).map(Parsed.init)
                    outcomes.append(.success(payload))
                    fresh.append(signature.map { Record(signature: $0, settled: $0.isSettled(at: now), payload: payload) })
                case .failure(let error):
                    outcomes.append(.failure(error))
                    fresh.append(nil)
                }
            }
            results.withLock { $0.append((index, outcomes, fresh, parsed)) }
        }
        var update = Update(outcomes: [], parsed: 0, changedPaths: [])
        update.outcomes.reserveCapacity(files.count)
        var kept: [String: Record] = [:]
        kept.reserveCapacity(files.count)
        for (index, outcomes, fresh, parsed) in results.withLock({ $0 }).sorted(by: { $0.0 < $1.0 }) {
            update.outcomes += outcomes
            update.parsed += parsed.count
            update.changedPaths += parsed
            for (offset, record) in fresh.enumerated() where record != nil {
                kept[files[index * chunk + offset].relative] = record
            }
        }
        update.changedPaths += known.keys.filter { kept[$0] == nil }
        records = kept
        return update
    }
}
