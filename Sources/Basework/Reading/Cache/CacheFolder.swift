#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cache on disk (REPORTS: the cache): `.basework/` at the journal root, holding a `.gitignore`
/// of `*` and two tables of records, each in `shardCount` files: the files' syntax (`index-00` …) and
/// what it resolved to with the journal's roster and settings (`resolved-00` …). Each path's records
/// are in the shards its hash picks, all readable by the owner only. Only the shards that hold a changed file are written
/// again, each whole to a temporary file then renamed over the old one, so a reader sees the old
/// shard or the new one, never a torn one; shards of different runs can be read together, since a
/// record is used only when its signature still matches its file. Anything unexpected (no folder, a
/// link where the folder should be, another format or build, a bad checksum, bytes that do not
/// decode) leaves that shard's records out: the caller reads those files again and rewrites the
/// shard. The reason is kept for `--verbose`.
struct CacheFolder {
    static let name = ".basework"
    static let shardCount = 32
    /// Raised whenever the layout below or `CacheEncoder`'s changes.
    static let formatVersion: UInt32 = 2
    private static let magic = Array("basework-cache\n".utf8)

    let folder: String
    /// What must match for a file to be read back: the format, basework's version, the executable that
    /// wrote it (so a rebuilt basework, whose types may differ, never reads an older build's bytes), the
    /// payload's type and, last, the setup it was made with.
    let identity: String

    /// The shards' file names start with this: `index` for the syntax, `resolved` for the resolved files.
    let prefix: String

    /// `setup` names what the payload was made with besides the file (the roster and settings), if anything.
    init(root: String, payload: Any.Type, prefix: String, setup: UInt64 = 0) {
        folder = (root.hasSuffix("/") ? root : root + "/") + Self.name
        self.prefix = prefix
        identity = "format \(Self.formatVersion); basework \(BaseworkVersion.current); \(Self.executableIdentity); \(payload); setup \(setup)"
    }

    func path(shard: Int) -> String { folder + "/" + prefix + "-" + (shard < 10 ? "0" : "") + String(shard) }

    /// The shard that holds a path's record.
    static func shard(of path: String) -> Int {
        var path = path
        return path.withUTF8 { Int(checksum(UnsafeRawBufferPointer($0)) % UInt64(shardCount)) }
    }

    /// One shard's records. Throws, with the reason, when the shard cannot be used: missing, unreadable,
    /// another format or identity, truncated or damaged.
    func load<Payload: CacheCoding & Sendable>(shard: Int, _ type: Payload.Type) throws(Failure) -> [String: CacheRecord<Payload>] {
        let items: [Item<Payload>] = try decode(try Self.contents(of: path(shard: shard)), type)
        var records: [String: CacheRecord<Payload>] = [:]
        records.reserveCapacity(items.count)
        for item in items { records[item.path] = item.record }
        return records
    }

    /// Replaces one shard's file at once with these records (`prepare` first).
    func save<Payload: CacheCoding & Sendable>(shard: Int, _ records: [String: CacheRecord<Payload>]) throws(Failure) {
        try Self.write(encode(records.map { Item(path: $0.key, record: $0.value) }), to: path(shard: shard))
    }

    // MARK: The folder

    /// Whether `.basework` is a folder (not a link to one) owned by this user.
    func isOwnFolder() -> Bool {
        var status = stat()
        return lstat(folder, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR && status.st_uid == geteuid()
    }

    /// Makes the folder (0700) and its `.gitignore` when missing; throws when the folder cannot be
    /// made or is not this user's own.
    func prepare() throws(Failure) {
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw Failure(reason: "cannot make \(Self.name): \(String(cString: strerror(errno)))")
        }
        guard isOwnFolder() else { throw Failure(reason: "\(Self.name) is not a folder of this user's") }
        chmod(folder, 0o700)
        let ignore = folder + "/.gitignore"
        if access(ignore, F_OK) != 0 { try Self.write(Array("*\n".utf8), to: ignore) }
    }

    /// Replaces a file at once: written to a temporary file of this process's, readable by the owner only, then renamed.
    private static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let temporary = path + ".\(getpid()).tmp"
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(reason: "cannot write in \(name): \(String(cString: strerror(errno)))") }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { writeBytes(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            written += count
        }
        guard close(descriptor) == 0, written == bytes.count, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(reason: "cannot write in \(name): \(reason)")
        }
    }

    /// A whole file's bytes, not following a link.
    private static func contents(of path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(reason: errno == ENOENT ? "missing" : "unreadable") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { throw Failure(reason: "not a regular file") }
        let bytes = JournalFiles.readAll(descriptor, size: Int(status.st_size))
        guard bytes.count == Int(status.st_size) else { throw Failure(reason: "truncated") }
        return bytes
    }

    // MARK: The file

    /// Why a shard or the folder could not be used, in a few words for `--verbose`.
    struct Failure: Error {
        var reason: String
    }

    /// A shard's layout: magic, format version (4 bytes), identity, the body's length and checksum,
    /// then the body: the count of (path, record), then each.
    private func encode<Payload: CacheCoding & Sendable>(_ items: [Item<Payload>]) -> [UInt8] {
        var body = CacheWriter()
        body.write(items)
        var header = CacheWriter(bytes: Self.magic)
        for shift in stride(from: 0, to: 32, by: 8) { header.bytes.append(UInt8(truncatingIfNeeded: Self.formatVersion >> UInt32(shift))) }
        header.write(identity)
        header.write(body.bytes.count)
        header.write(body.bytes.withUnsafeBytes { Self.checksum($0) })
        return header.bytes + body.bytes
    }

    private func decode<Payload: CacheCoding & Sendable>(_ bytes: [UInt8], _ type: Payload.Type) throws(Failure) -> [Item<Payload>] {
        let result = bytes.withUnsafeBytes { all -> Result<[Item<Payload>], Failure> in
            guard all.count >= Self.magic.count + 4, Array(all[..<Self.magic.count]) == Self.magic else {
                return .failure(Failure(reason: "not a basework cache file"))
            }
            var version: UInt32 = 0
            for shift in 0..<4 { version |= UInt32(all[Self.magic.count + shift]) << UInt32(shift * 8) }
            guard version == Self.formatVersion else { return .failure(Failure(reason: "another cache format")) }
            var header = CacheReader(UnsafeRawBufferPointer(rebasing: all[(Self.magic.count + 4)...]))
            do throws(CacheReader.Damaged) {
                let written = try header.string()
                guard written == identity else {
                    let setupOnly = written.prefix(while: { $0 != ";" }) == identity.prefix(while: { $0 != ";" })
                        && written.split(separator: ";").dropLast() == identity.split(separator: ";").dropLast()
                    return .failure(Failure(reason: setupOnly ? "made with another roster or settings" : "written by another build of basework"))
                }
                let length = try header.int()
                let checksum = try header.unsigned()
                let start = Self.magic.count + 4 + header.offset
                guard length == all.count - start else { return .failure(Failure(reason: "truncated")) }
                let body = UnsafeRawBufferPointer(rebasing: all[start...])
                guard Self.checksum(body) == checksum else { return .failure(Failure(reason: "damaged")) }
                var reader = CacheReader(body)
                let items: [Item<Payload>] = try reader.array()
                guard reader.isAtEnd else { return .failure(Failure(reason: "damaged")) }
                return .success(items)
            } catch {
                return .failure(Failure(reason: "damaged"))
            }
        }
        return try result.get()
    }

    fileprivate struct Item<Payload: CacheCoding & Sendable>: CacheCoding {
        var path: String
        var record: CacheRecord<Payload>

        init(path: String, record: CacheRecord<Payload>) {
            self.path = path
            self.record = record
        }

        func write(to writer: inout CacheWriter) {
            writer.write(path)
            writer.write(record)
        }

        init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
            path = try reader.string()
            record = try reader.read()
        }
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
