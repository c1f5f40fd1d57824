#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a journal folder (FORMAT 1): entry candidates (`*.md`), the roster and the settings.
/// Folders and files whose names start with `.` are skipped; symbolic links are followed only while
/// they stay inside the root, and each link loop, link out of the root, or non-regular `.md` file
/// becomes a diagnostic instead.
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
        var files = JournalFiles()
        var visited: Set<[UInt64]> = [[UInt64(status.st_dev), UInt64(status.st_ino)]]
        var pending: [(absolute: String, relative: String)] = [(root, "")]
        guard opendir(root).map({ closedir($0) }) != nil else {
            throw RootError(description: "cannot read the journal folder \(root): \(String(cString: strerror(errno)))")
        }
        while let folder = pending.popLast() {
            guard let directory = opendir(folder.absolute) else {
                files.problem(.unreadableFile, folder.relative, "cannot read this folder: \(String(cString: strerror(errno)))")
                continue
            }
            var names: [(name: String, isRegular: Bool)] = []
            while let item = readdir(directory) {
                let name = withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
                if !name.hasPrefix(".") { names.append((name, Int(item.pointee.d_type) == Int(DT_REG))) }
            }
            closedir(directory)
            for (name, isRegular) in names.sorted(by: { $0.name < $1.name }).reversed() {
                let absolute = folder.absolute.hasSuffix("/") ? folder.absolute + name : folder.absolute + "/" + name
                let relative = folder.relative.isEmpty ? name : folder.relative + "/" + name
                files.visit(absolute: absolute, relative: relative, knownRegular: isRegular, rootReal: rootReal,
                            visited: &visited, pending: &pending)
            }
        }
        return files
    }

    /// `knownRegular`: the folder listing already says this is a regular file (not a link), so it needs no `lstat`.
    private mutating func visit(absolute: String, relative: String, knownRegular: Bool, rootReal: String,
                                visited: inout Set<[UInt64]>, pending: inout [(absolute: String, relative: String)]) {
        var status = stat()
        if knownRegular {
            status.st_mode = S_IFREG
        } else {
            guard lstat(absolute, &status) == 0 else { return }
        }
        let isMarkdown = relative.hasSuffix(".md")
        if (status.st_mode & S_IFMT) == S_IFLNK {
            guard let target = JournalFiles.realPath(absolute) else {
                if errno == ELOOP {
                    problem(.linkLoop, relative, "this symbolic link leads back to itself; it is not read")
                } else if isMarkdown {
                    problem(.unreadableFile, relative, "this symbolic link leads nowhere (\(String(cString: strerror(errno))))")
                }
                return
            }
            guard target == rootReal || target.hasPrefix(rootReal.hasSuffix("/") ? rootReal : rootReal + "/") else {
                var targetStatus = stat()
                if isMarkdown || (stat(target, &targetStatus) == 0 && (targetStatus.st_mode & S_IFMT) == S_IFDIR) {
                    problem(.linkOutsideRoot, relative, "this symbolic link leaves the journal folder; basework reads only inside it")
                }
                return
            }
            guard stat(absolute, &status) == 0 else { return }
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            guard visited.insert([UInt64(status.st_dev), UInt64(status.st_ino)]).inserted else {
                problem(.linkLoop, relative, "this folder is reached twice through symbolic links (a loop); it is read once")
                return
            }
            pending.append((absolute, relative))
        case S_IFREG:
            let file = File(relative: relative, absolute: absolute)
            if relative == "people.yml" {
                roster = file
            } else if relative == "basework.yml" {
                settings = file
            } else if isMarkdown {
                markdown.append(file)
            }
        default:
            if isMarkdown { problem(.notRegularFile, relative, "this is not a regular file (a pipe, socket or device); it is not read") }
        }
    }

    private mutating func problem(_ rule: Diagnostic.Rule, _ relative: String, _ message: String) {
        diagnostics.append(Diagnostic(.error, rule, path: relative, line: 1, column: 1, message: message))
    }

    private static func realPath(_ path: String) -> String? {
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
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        return .success(filled == bytes.count ? bytes : Array(bytes[..<filled]))
    }

    enum FileError: Error {
        case unreadable(String)
        case tooLarge(Int)
    }
}
