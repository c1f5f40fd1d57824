import Foundation
import Testing
@testable import Basework

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// basework never writes to the journal except through `new`: reading it, and running the commands
/// that only report, leave every file exactly as it was. Only the cache, `.basework/`, may be written
/// (REPORTS: the cache), and not with `--no-cache`.
@Suite("Hostile input: no writes", .timeLimit(.minutes(5)))
struct HostileNoWritesTests {
    /// Every path under the root (dot folders included, the cache left out) with its kind, size, modification time and bytes.
    static func snapshot(_ root: String) -> [String: String] {
        var found: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            if relative == ".basework" || relative.hasPrefix(".basework/") { continue }
            let path = root + "/" + relative
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            #if canImport(Darwin)
            let mtime = "\(status.st_mtimespec.tv_sec).\(status.st_mtimespec.tv_nsec)"
            #else
            let mtime = "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
            #endif
            var description = "mode \(status.st_mode) size \(status.st_size) mtime \(mtime)"
            if (status.st_mode & S_IFMT) == S_IFREG, let data = FileManager.default.contents(atPath: path) {
                description += " bytes \(Array(data).hashValue) \(data.count)"
                description += " " + data.base64EncodedString()
            } else if (status.st_mode & S_IFMT) == S_IFLNK {
                description += " -> " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            }
            found[relative] = description
        }
        return found
    }

    /// A journal with good entries, broken ones, a roster, settings, a link and a dot folder.
    static func journal() -> ScratchJournal {
        let scratch = ScratchJournal()
        scratch.write("people.yml", "maria-g:\n  name: Maria\n  aliases: [mg]\nbob:\n  aliases: [mg]\n")
        scratch.write("basework.yml", "follow-up-days: 7\nweek-start: sunday\n")
        scratch.write("2026/11/picket.md", entry("date: 2026-11-21\nduration: 3h\nactivity: picket\ncrowd: 40",
                                                  body: "\n# Picket\n\n- @maria-g (25m) #talked #first-time\n\n## Follow-up\n\n- [ ] Coffee with @mg, due 2026-11-27\n"))
        scratch.write("2026/11/broken.md", entry("date: 2026-02-30\nduration: 1e400h\ncrowd: -3"))
        scratch.write("2026/11/bomb.md", entry("date: 2026-11-20\n" + HostileFrontMatterTests.laughs))
        scratch.write("crlf.md", entry("date: 2026-11-22\nduration: 1h", body: "\n- @bob #talked\n").replacingOccurrences(of: "\n", with: "\r\n"))
        scratch.write("notes/README.md", "# Not an entry\n")
        scratch.write(".obsidian/workspace.md", "---\ndate: nope\n---\n")
        scratch.link("link.md", to: "crlf.md")
        return scratch
    }

    @Test("reading a journal changes nothing under its root")
    func readerWritesNothing() throws {
        let scratch = Self.journal()
        defer { scratch.remove() }
        let before = Self.snapshot(scratch.root)
        #expect(before.count >= 12)
        let journal = try JournalReader.read(root: scratch.root)
        #expect(journal.entries.count >= 2 && journal.errorCount > 0)
        #expect(Self.snapshot(scratch.root) == before)
    }

    /// The built `basework` executable, beside the test bundle in the build folder; nil when this
    /// test runner keeps it elsewhere (the reader test above still runs).
    static var executable: String? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("basework").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    @Test("the commands that report change nothing under the root",
          arguments: [["check"], ["check", "--format", "json"], ["check", "--strict"], ["check", "--no-cache"], ["--help"]])
    func commandsWriteNothing(_ arguments: [String]) throws {
        guard let executable = Self.executable else {
            // Not built beside the tests (e.g. another test runner): nothing to run here.
            return
        }
        let scratch = Self.journal()
        defer { scratch.remove() }
        let before = Self.snapshot(scratch.root)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments + (arguments.first == "check" ? [scratch.root] : [])
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.root)
        process.environment = ["BASEWORK_JOURNAL": scratch.root, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect([0, 1].contains(process.terminationStatus), "\(arguments): exit \(process.terminationStatus)")
        #expect(Self.snapshot(scratch.root) == before)
        #expect(FileManager.default.fileExists(atPath: scratch.root + "/.basework") == (arguments.first == "check" && !arguments.contains("--no-cache")))
    }
}
