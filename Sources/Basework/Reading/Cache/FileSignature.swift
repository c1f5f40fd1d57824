#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What stat(2) says about a file, enough to tell that it has not changed since it was read: its size,
/// modification and change times in nanoseconds, inode and device (REPORTS: the cache). Editing a file,
/// even keeping its size and setting its modification time back, moves its change time; replacing it
/// gives another inode.
public struct FileSignature: Hashable, Sendable {
    public var size: Int64
    public var modified: Int64
    public var changed: Int64
    public var inode: UInt64
    public var device: UInt64

    public init(size: Int64, modified: Int64, changed: Int64, inode: UInt64, device: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
    }

    /// The signature of the file at `path` (links followed), or nil when it cannot be stat'ed.
    public static func of(path: String) -> FileSignature? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileSignature(status)
    }

    /// The signature of the file at `path` inside the folder open as `folder` (links followed): the
    /// kernel then walks only the path below that folder.
    static func of(_ path: UnsafePointer<CChar>, in folder: Int32) -> FileSignature? {
        var status = stat()
        guard fstatat(folder, path, &status, 0) == 0 else { return nil }
        return FileSignature(status)
    }

    init(_ status: stat) {
        #if canImport(Darwin)
        let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
        #else
        let (modified, changed) = (status.st_mtim, status.st_ctim)
        #endif
        self.init(size: Int64(status.st_size),
                  modified: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
                  changed: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec),
                  inode: UInt64(status.st_ino), device: UInt64(status.st_dev))
    }

    /// How far back a file's times must lie before a run for its signature to be trusted (0.1 s, many
    /// ticks of the file system's clock): a file written again within the tick in which it was read
    /// keeps its times (git calls such a file "racily clean"), so a file changed this recently is read
    /// again next time too.
    public static let settling: Int64 = 100_000_000

    /// Whether the file's times lie far enough before `now` (nanoseconds since 1970) to trust.
    public func isSettled(at now: Int64) -> Bool {
        max(modified, changed) < now - Self.settling
    }

    /// The wall clock, in nanoseconds since 1970.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
