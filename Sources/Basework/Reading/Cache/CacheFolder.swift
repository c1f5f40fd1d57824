import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cache on disk (REPORTS: the cache): `.basework/` at the journal root, holding a `.gitignore`
/// of `*` and one file of records, readable by the owner only. The file is written whole to a
/// temporary file and renamed over the old one, so a reader sees the old file or the new one, never a
/// torn one. Anything unexpected (no folder, a link where the folder should be, another format or
/// build, a bad checksum, bytes that do not decode) makes `load` return nil and `save` give up: the
/// caller then reads the journal as if there were no cache. The reason is kept for `--verbose`.
struct CacheFolder {
    static let name = ".basework"
    static let fileName = "index"
    /// Raised whenever the layout below or `CacheEncoder`'s changes.
    static let formatVersion: UInt32 = 1
    private static let magic = Array("basework-cache\n".utf8)

    let folder: String
    /// What must match for a file to be read back: the format, basework's version, the executable that
    /// wrote it (so a rebuilt basework, whose types may differ, never reads an older build's bytes) and
    /// the payload's type.
    let identity: String

    init(root: String, payload: Any.Type) {
        folder = (root.hasSuffix("/") ? root : root + "/") + Self.name
        identity = "format \(Self.formatVersion); basework \(BaseworkVersion.current); \(Self.executableIdentity); \(payload)"
    }

    var path: String { folder + "/" + Self.fileName }

    /// Why the last `load` or `save` gave up, for `--verbose`.
    private(set) var trouble: String?

    /// The records in the cache, or nil (with `trouble` set) when there is no usable cache.
    mutating func load<Payload: Codable & Sendable>(_ type: Payload.Type) -> [String: FileTable<Payload>.Record]? {
        guard isOwnFolder() else {
            trouble = "no cache folder"
            return nil
        }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            trouble = "no cache file (\(String(cString: strerror(errno))))"
            return nil
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            trouble = "the cache file is not a regular file"
            return nil
        }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        guard filled == bytes.count else {
            trouble = "the cache file could not be read whole"
            return nil
        }
        do {
            return try decode(bytes, type)
        } catch let failure as Failure {
            trouble = failure.reason
        } catch {
            trouble = "the cache file is damaged"
        }
        return nil
    }

    /// Writes the records, replacing the cache file at once; false (with `trouble` set) when it cannot.
    @discardableResult
    mutating func save<Payload: Codable & Sendable>(_ records: [String: FileTable<Payload>.Record]) -> Bool {
        guard prepareFolder() else { return false }
        let bytes: [UInt8]
        do {
            bytes = try encode(records)
        } catch {
            trouble = "a record could not be encoded"
            return false
        }
        let temporary = path + ".\(getpid()).tmp"
        guard write(bytes, to: temporary) else { return false }
        guard rename(temporary, path) == 0 else {
            trouble = "cannot rename the cache file into place: \(String(cString: strerror(errno)))"
            unlink(temporary)
            return false
        }
        return true
    }

    // MARK: The folder

    /// Whether `.basework` is a folder (not a link to one) owned by this user.
    private func isOwnFolder() -> Bool {
        var status = stat()
        return lstat(folder, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR && status.st_uid == geteuid()
    }

    /// Makes the folder (0700) and its `.gitignore` when missing.
    private mutating func prepareFolder() -> Bool {
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            trouble = "cannot make \(Self.name): \(String(cString: strerror(errno)))"
            return false
        }
        guard isOwnFolder() else {
            trouble = "\(Self.name) is not a folder of this user's"
            return false
        }
        chmod(folder, 0o700)
        let ignore = folder + "/.gitignore"
        if access(ignore, F_OK) != 0 {
            let temporary = ignore + ".\(getpid()).tmp"
            guard write(Array("*\n".utf8), to: temporary), rename(temporary, ignore) == 0 else {
                unlink(temporary)
                trouble = trouble ?? "cannot write \(Self.name)/.gitignore"
                return false
            }
        }
        return true
    }

    /// Writes a new file, readable by the owner only.
    private mutating func write(_ bytes: [UInt8], to path: String) -> Bool {
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            trouble = "cannot write in \(Self.name): \(String(cString: strerror(errno)))"
            return false
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { writeBytes(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            written += count
        }
        guard close(descriptor) == 0, written == bytes.count else {
            trouble = "cannot write in \(Self.name): \(String(cString: strerror(errno)))"
            unlink(path)
            return false
        }
        return true
    }

    // MARK: The file

    private struct Failure: Error {
        var reason: String
    }

    /// The layout: magic, format version (4 bytes), identity, chunk count, then each chunk's length
    /// and checksum, then the chunks. Each chunk is a list of (path, record), encoded and decoded on
    /// its own so both run on all cores.
    private func encode<Payload: Codable & Sendable>(_ records: [String: FileTable<Payload>.Record]) throws -> [UInt8] {
        let all = Array(records)
        let chunkCount = max(1, min(64, all.count / 512))
        let chunks = Mutex<[[UInt8]?]>(Array(repeating: nil, count: chunkCount))
        let failed = Atomic<Bool>(false)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { index in
            let range = (all.count * index / chunkCount)..<(all.count * (index + 1) / chunkCount)
            let slice = all[range].map { Item<Payload>(path: $0.key, record: $0.value) }
            do {
                let bytes = try CacheEncoder.encode(slice)
                chunks.withLock { $0[index] = bytes }
            } catch {
                failed.store(true, ordering: .relaxed)
            }
        }
        guard !failed.load(ordering: .relaxed) else { throw Failure(reason: "a record could not be encoded") }
        let parts = chunks.withLock { $0.map { $0 ?? [] } }
        var header = Self.magic
        for shift in stride(from: 0, to: 32, by: 8) { header.append(UInt8(truncatingIfNeeded: Self.formatVersion >> UInt32(shift))) }
        try CacheEncoder.append(identity, to: &header)
        try CacheEncoder.append(parts.map { Chunk(length: $0.count, checksum: $0.withUnsafeBytes { Self.checksum($0) }) }, to: &header)
        var bytes = header
        bytes.reserveCapacity(header.count + parts.reduce(0) { $0 + $1.count })
        for part in parts { bytes += part }
        return bytes
    }

    private func decode<Payload: Codable & Sendable>(_ bytes: [UInt8], _ type: Payload.Type) throws -> [String: FileTable<Payload>.Record] {
        let (chunks, ranges) = try bytes.withUnsafeBytes { all throws -> ([Chunk], [Range<Int>]) in
            guard all.count >= Self.magic.count + 4, Array(all[..<Self.magic.count]) == Self.magic else {
                throw Failure(reason: "not a basework cache file")
            }
            var version: UInt32 = 0
            for shift in 0..<4 { version |= UInt32(all[Self.magic.count + shift]) << UInt32(shift * 8) }
            guard version == Self.formatVersion else { throw Failure(reason: "another cache format (\(version))") }
            let reader = CacheReader(UnsafeRawBufferPointer(rebasing: all[(Self.magic.count + 4)...]))
            guard try reader.read(String.self) == identity else { throw Failure(reason: "written by another build of basework") }
            let chunks = try reader.read([Chunk].self)
            var start = Self.magic.count + 4 + reader.offset
            var ranges: [Range<Int>] = []
            for chunk in chunks {
                guard chunk.length >= 0, chunk.length <= all.count - start else { throw Failure(reason: "the cache file is truncated") }
                ranges.append(start..<(start + chunk.length))
                start += chunk.length
            }
            guard start == all.count else { throw Failure(reason: "the cache file has bytes after its end") }
            return (chunks, ranges)
        }
        let decoded = Mutex<[[Item<Payload>]?]>(Array(repeating: nil, count: chunks.count))
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            bytes.withUnsafeBytes { all in
                let part = UnsafeRawBufferPointer(rebasing: all[ranges[index]])
                guard Self.checksum(part) == chunks[index].checksum,
                      let items = try? CacheDecoder.decode([Item<Payload>].self, from: part) else { return }
                decoded.withLock { $0[index] = items }
            }
        }
        let parts = decoded.withLock { $0 }
        guard parts.allSatisfy({ $0 != nil }) else { throw Failure(reason: "the cache file is damaged") }
        var records: [String: FileTable<Payload>.Record] = [:]
        records.reserveCapacity(parts.reduce(0) { $0 + ($1?.count ?? 0) })
        for items in parts {
            for item in items ?? [] { records[item.path] = item.record }
        }
        return records
    }

    private struct Item<Payload: Codable & Sendable>: Codable {
        var path: String
        var record: FileTable<Payload>.Record
    }

    private struct Chunk: Codable {
        var length: Int
        var checksum: UInt64
    }

    /// A fast 64-bit checksum (FNV-1a over 8-byte words): catches damage, not tampering.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let words = bytes.count / 8
        for index in 0..<words {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x0000_0100_0000_01b3
        }
        for index in (words * 8)..<bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01b3
        }
        return hash ^ UInt64(bytes.count)
    }

    // MARK: The executable

    /// The running executable's size and modification time: a rebuild changes them.
    private static let executableIdentity: String = {
        var status = stat()
        #if canImport(Darwin)
        let path = CommandLine.arguments.first ?? ""
        #else
        let path = "/proc/self/exe"
        #endif
        guard stat(path, &status) == 0 else { return "unknown executable" }
        let signature = FileSignature(status)
        return "executable \(signature.size) bytes, \(signature.modified)"
    }()
}

/// write(2), out of reach of `CacheFolder.write`'s name.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
