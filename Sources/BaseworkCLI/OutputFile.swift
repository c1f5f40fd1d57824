import ArgumentParser
import Basework
import Foundation

/// The `-o` file: never a journal file, written whole or not at all (a temporary file beside it,
/// then a rename).
struct OutputFile {
    var path: String

    /// Refuses (exit 2) a journal entry, `people.yml`, `basework.yml`, or a new Markdown file inside the
    /// journal (it would be read as an entry); otherwise writes atomically.
    func write(_ text: String, journal: Journal, root: String) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let folder = target.deletingLastPathComponent().resolvingSymlinksInPath()
        let resolved = folder.appendingPathComponent(target.lastPathComponent).resolvingSymlinksInPath()
        let journalRoot = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        if let relative = OutputFile.relative(resolved.path, to: journalRoot), let reason = refusal(relative, journal) {
            Output.error("basework: -o \(path): \(reason); choose a file outside the journal")
            throw ExitCode(2)
        }
        do {
            try OutputFile.replace(resolved, with: Array(text.utf8))
        } catch {
            Output.error("basework: cannot write \(path): \(error)")
            throw ExitCode(2)
        }
    }

    /// Why a path inside the journal may not be written, or nil when it may.
    func refusal(_ relative: String, _ journal: Journal) -> String? {
        if relative == "people.yml" || relative == "basework.yml" { return "that is the journal's \(relative)" }
        if journal.entries.contains(where: { $0.path == relative }) { return "that is a journal entry" }
        let lower = relative.lowercased()
        if (lower.hasSuffix(".md") || lower.hasSuffix(".markdown")) && !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            return "a Markdown file in the journal is read as an entry"
        }
        return nil
    }

    /// The path relative to the root when it is inside it.
    static func relative(_ path: String, to root: String) -> String? {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    /// Writes a temporary file in the same folder, then renames it over the target.
    static func replace(_ target: URL, with bytes: [UInt8]) throws {
        var template = Array((target.deletingLastPathComponent().path + "/.basework-output-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw POSIXProblem(errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var closed = false
        defer {
            if !closed { close(descriptor) }
            unlink(temporary)
        }
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw POSIXProblem(errno) }
            offset += written
        }
        guard fsync(descriptor) == 0 else { throw POSIXProblem(errno) }
        closed = true
        guard close(descriptor) == 0 else { throw POSIXProblem(errno) }
        guard rename(temporary, target.path) == 0 else { throw POSIXProblem(errno) }
    }
}

/// A failed system call, described by `strerror`.
struct POSIXProblem: Error, CustomStringConvertible {
    var code: Int32
    init(_ code: Int32) { self.code = code }
    var description: String { String(cString: strerror(code)) }
}
