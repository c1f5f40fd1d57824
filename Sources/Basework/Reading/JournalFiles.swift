#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a journal folder (FORMAT 1): entry candidates (`*.md` and `*.markdown`), the roster and the settings.
/// Folders and files whose names start with `.` are skipped; symbolic links are followed only while
/// they stay inside the root, and each link loop, link out of the root, or non-regular Markdown file
/// becomes a diagnostic instead. A file or folder reached both directly and through links is read once.
struct JournalFiles {
    /// A file to read: its path relative to the root (as the link names it, for linked files) and where to open it.
    struct File: Sendable {
        var relative: String
        var absolute: String
    }

    var markdown: [File] = []
    var roster: File?
    var settings: File?
    var diagnostics: [Diagnostic] = []

    /// The journal root cannot be listed.
    struct RootError: Error, CustomStringConvertible {
        var description: String
    }

    static func list(root: String) throws(RootError) -> JournalFiles {
        guard let rootReal = realPath(root) else {
            throw RootError(description: "cannot read the journal folder \(root): \(String(cString: strerror(errno)))")
        }
        var status = stat()
        guard stat(rootReal, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
            throw RootError(description: "the journal \(root) is not a folder")
        }
        guard opendir(root).map({ closedir($0) }) != nil else {
            throw RootError(description: "cannot read the journal folder \(root): \(String(cString: strerror(errno)))")
        }
        var walk = Walk(rootReal: rootReal)
        walk.folders.insert(Walk.identity(status))
        walk.pending = [(root, "")]
        // Folders are read first without following links, then each link in path order: a file or
        // folder reached both directly and through a link is read once, under its own path.
        while true {
            while let folder = walk.pending.popLast() { walk.read(folder: folder) }
            guard let link = walk.links.min(by: { $0.relative < $1.relative }) else { break }
            walk.links.removeAll { $0.relative == link.relative }
            walk.follow(link)
        }
        return walk.files
    }

    /// The state of one listing: what was found, what is left to read, and what was seen already.
    private struct Walk {
        let rootReal: String
        var files = JournalFiles()
        var pending: [(absolute: String, relative: String)] = []
        var links: [(absolute: String, relative: String)] = []
        /// Device and inode of every folder read, and of every Markdown file taken.
        var folders: Set<Identity> = []
        var markdown: Set<Identity> = []

        init(rootReal: String) { self.rootReal = rootReal }

        /// A file or folder's device and inode: the same for every path that reaches it.
        struct Identity: Hashable {
            var device: UInt64
            var inode: UInt64
        }

        static func identity(_ status: stat) -> Identity { Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)) }

        mutating func read(folder: (absolute: String, relative: String)) {
            guard let directory = opendir(folder.absolute) else {
                files.problem(.unreadableFile, folder.relative, "cannot read this folder: \(String(cString: strerror(errno)))")
                return
            }
            var folderStatus = stat()
            let device = fstat(dirfd(directory), &folderStatus) == 0 ? folderStatus.st_dev : 0
            /// Each name, with its inode when the listing says it is a regular file.
            var names: [(name: String, regular: ino_t?)] = []
            while let item = readdir(directory) {
                let name = withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
                let isRegular = Int(item.pointee.d_type) == Int(DT_REG) && device != 0
                if !name.hasPrefix(".") { names.append((name, isRegular ? item.pointee.d_ino : nil)) }
            }
            closedir(directory)
            for (name, regular) in names.sorted(by: { $0.name < $1.name }).reversed() {
                let absolute = folder.absolute.hasSuffix("/") ? folder.absolute + name : folder.absolute + "/" + name
                let shown = ControlCharacters.inName(name)
                let relative = folder.relative.isEmpty ? shown : folder.relative + "/" + shown
                var status = stat()
                if let inode = regular {
                    // The listing says it is a regular file: no lstat needed, and it is known by the folder's
                    // device and its own inode.
                    status.st_mode = S_IFREG
                    status.st_dev = device
                    status.st_ino = inode
                } else {
                    guard lstat(absolute, &status) == 0 else { continue }
                }
                if (status.st_mode & S_IFMT) == S_IFLNK {
                    links.append((absolute, relative))
                } else {
                    take(absolute: absolute, relative: relative, status: status, linkFolder: nil)
                }
            }
        }

        /// Follows a symbolic link when it stays inside the root.
        mutating func follow(_ link: (absolute: String, relative: String)) {
            let (absolute, relative) = link
            let isMarkdown = JournalFiles.isMarkdown(relative)
            guard let target = JournalFiles.realPath(absolute) else {
                if errno == ELOOP {
                    files.problem(.linkLoop, relative, "this symbolic link leads back to itself; it is not read")
                } else if isMarkdown {
                    files.problem(.unreadableFile, relative, "this symbolic link leads nowhere (\(String(cString: strerror(errno))))")
                }
                return
            }
            guard JournalFiles.isInside(target, rootReal) else {
                var targetStatus = stat()
                if isMarkdown || (stat(target, &targetStatus) == 0 && (targetStatus.st_mode & S_IFMT) == S_IFDIR) {
                    files.problem(.linkOutsideRoot, relative, "this symbolic link leaves the journal folder; basework reads only inside it")
                }
                return
            }
            var status = stat()
            guard stat(absolute, &status) == 0 else { return }
            let folder = String(absolute[..<(absolute.lastIndex(of: "/") ?? absolute.startIndex)])
            take(absolute: absolute, relative: relative, status: status,
                 linkFolder: JournalFiles.realPath(folder.isEmpty ? "/" : folder).map { ($0, target) })
        }

        /// Takes a file or folder met directly, or through a link (`linkFolder`: where the link sits and where it leads).
        private mutating func take(absolute: String, relative: String, status: stat, linkFolder: (real: String, target: String)?) {
            let isMarkdown = JournalFiles.isMarkdown(relative)
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                guard folders.insert(Self.identity(status)).inserted else {
                    // Read already: a loop when the link leads to a folder that holds it, else just read once.
                    if let linkFolder, JournalFiles.isInside(linkFolder.real, linkFolder.target) {
                        files.problem(.linkLoop, relative, "this symbolic link leads back to a folder that holds it (a loop); it is not followed")
                    }
                    return
                }
                pending.append((absolute, relative))
            case S_IFREG:
                let file = File(relative: relative, absolute: absolute)
                if relative == "people.yml" {
                    files.roster = file
                } else if relative == "basework.yml" {
                    files.settings = file
                } else if isMarkdown, markdown.insert(Self.identity(status)).inserted {
                    files.markdown.append(file)
                }
            default:
                if isMarkdown || relative == "people.yml" || relative == "basework.yml" {
                    files.problem(.notRegularFile, relative, "this is not a regular file (a pipe, socket or device); it is not read")
                }
            }
        }
    }

    /// Whether a file's name makes it an entry candidate: it ends in `.md` or `.markdown` (exactly: `a.MD` is not one).
    static func isMarkdown(_ name: String) -> Bool {
        name.hasSuffix(".md") || name.hasSuffix(".markdown")
    }

    /// Whether a real path is a folder's real path or lies under it.
    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    fileprivate mutating func problem(_ rule: Diagnostic.Rule, _ relative: String, _ message: String) {
        diagnostics.append(Diagnostic(.error, rule, path: relative, line: 1, column: 1, message: message))
    }

    fileprivate static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The bytes of a regular file, refusing files above `limit` bytes.
    static func contents(of path: String, limit: Int) -> Result<[UInt8], FileError> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.unreadable("not a regular file")) }
        guard Int(status.st_size) <= limit else { return .failure(.tooLarge(Int(status.st_size))) }
        return .success(readAll(descriptor, size: Int(status.st_size)))
    }

    /// Up to `size` bytes from an open file, fewer when it ends sooner (it shrank while being read).
    static func readAll(_ descriptor: Int32, size: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        return filled == bytes.count ? bytes : Array(bytes[..<filled])
    }

    enum FileError: Error {
        case unreadable(String)
        case tooLarge(Int)
    }
}
