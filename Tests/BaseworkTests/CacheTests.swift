import Foundation
import Synchronization
import Testing
@testable import Basework

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cache never changes an output (REPORTS: the cache): after every kind of edit, and whatever is
/// found in `.basework/`, a run with the cache prints exactly what a `--no-cache` run prints.
@Suite("Cache", .serialized, .timeLimit(.minutes(5)))
struct CacheTests {
    static let asOf = "2026-11-22"
    static let commands = [["report", "--format", "json", "--as-of", asOf], ["check", "--format", "json"],
                           ["report", "--as-of", asOf, "--strict"]]

    /// One run of the built executable: status, standard output and standard error.
    static func run(_ arguments: [String], root: String) throws -> (status: Int32, out: String, err: String) {
        let run = try GoldenRun(arguments: arguments + [root])
        return (run.status, run.stdout, run.stderr)
    }

    /// Every command's outputs with the cache equal those without; returns how many files the cached runs read again.
    @discardableResult
    static func compare(_ root: String, _ step: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (again: Int, total: Int) {
        // Files changed less than `FileSignature.settling` ago are read again anyway; wait that out, so
        // the cached runs below do use what they find.
        usleep(useconds_t(FileSignature.settling / 1000 + 20_000))
        var again = 0, total = 0
        for command in commands {
            let cached = try run(command + ["--verbose"], root: root)
            let uncached = try run(command + ["--no-cache"], root: root)
            let note = cached.err.prefix(while: { $0 != "\n" })
            #expect(note.hasPrefix("basework: cache: "), "\(step): \(note)", sourceLocation: sourceLocation)
            let numbers = note.split(separator: " ").compactMap { Int($0) }
            if numbers.count >= 2 { again += numbers[0]; total += numbers[1] }
            #expect(cached.status == uncached.status, "\(step): \(command)", sourceLocation: sourceLocation)
            #expect(cached.out == uncached.out, "\(step): \(command)", sourceLocation: sourceLocation)
            #expect(String(cached.err.drop(while: { $0 != "\n" }).dropFirst()) == uncached.err, "\(step): \(command)",
                    sourceLocation: sourceLocation)
        }
        return (again, total)
    }

    /// A small random journal: a roster, settings, entries with known and unknown people, some broken.
    struct RandomJournal {
        var random: SplitMix
        let journal: TemporaryJournal
        var names: [String] = []
        var people = ["maria-g", "bob", "ife", "tomasz", "ana"]
        var serial = 0

        init(seed: UInt64) throws {
            random = SplitMix(state: seed)
            journal = try TemporaryJournal()
            try writeRoster()
            try journal.write("basework.yml", bytes: Array("follow-up-days: 7\nauthor: alex\n".utf8))
            for _ in 0..<8 { try add() }
        }

        var root: String { journal.path }
        func path(_ relative: String) -> String { root + "/" + relative }

        mutating func writeRoster() throws {
            let text = people.map { "\($0):\n  name: \($0.capitalized)\n  role: \(random.below(3) == 0 ? "staff" : "base")\n" }.joined()
            try journal.write("people.yml", bytes: Array(text.utf8))
        }

        mutating func entryText() -> String {
            let day = 10 + random.below(13)
            var text = "---\ndate: 2026-11-\(day)\nduration: \(1 + random.below(3))h\nactivity: \(["picket", "call", "meeting"][random.below(3)])\n"
            if random.below(6) == 0 { text += "crowd: -\(random.below(9))\n" }
            text += "---\n\n# Work \(serial)\n\n"
            for _ in 0..<(1 + random.below(4)) {
                let handle = random.below(5) == 0 ? "stranger\(random.below(3))" : people[random.below(people.count)]
                text += "- @\(handle) (\(5 * (1 + random.below(6)))m) #\(["talked", "acted", "present"][random.below(3)])\n"
            }
            text += "\n## Follow-up\n\n- [ ] Call @\(people[random.below(people.count)]), due 2026-11-\(10 + random.below(15))\n"
            return text
        }

        mutating func add() throws {
            serial += 1
            let name = "2026/11/entry-\(serial).md"
            try journal.write(name, bytes: Array(entryText().utf8))
            names.append(name)
        }

        /// One random edit of a kind from 0 to 8; returns what it did.
        mutating func edit(kind: Int) throws -> String {
            guard !names.isEmpty else {
                try add()
                return "add"
            }
            let index = random.below(names.count)
            let name = names[index]
            switch kind {
            case 0:
                // The same size and modification time, other bytes: only the change time tells.
                var status = stat()
                stat(path(name), &status)
                var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
                guard let digit = bytes.firstIndex(where: { $0 == UInt8(ascii: "h") }).map({ $0 - 1 }) else { return "nothing" }
                bytes[digit] = bytes[digit] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
                try journal.write(name, bytes: bytes)
                #if canImport(Darwin)
                var times = [status.st_atimespec, status.st_mtimespec]
                #else
                var times = [status.st_atim, status.st_mtim]
                #endif
                utimensat(AT_FDCWD, path(name), &times, 0)
                return "same size and time: \(name)"
            case 1:
                let handle = random.below(3) == 0 ? "nobody" : people[random.below(people.count)]
                let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path(name)))
                try file.seekToEnd()
                try file.write(contentsOf: Data("- [ ] Text @\(handle)\n".utf8))
                try file.close()
                return "append: \(name)"
            case 2:
                unlink(path(name))
                names.remove(at: index)
                return "delete: \(name)"
            case 3:
                try add()
                return "add"
            case 4:
                serial += 1
                let renamed = "2026/renamed-\(serial).md"
                rename(path(name), path(renamed))
                names[index] = renamed
                return "rename: \(name)"
            case 5:
                if random.below(2) == 0 || people.count < 3 {
                    people.append("new\(serial)")
                    serial += 1
                } else {
                    people.remove(at: random.below(people.count))
                }
                try writeRoster()
                return "roster"
            case 6:
                let settings = ["follow-up-days: \(1 + random.below(9))\n", "week-start: sunday\n",
                                "author: sam\nfollow-up-days: 3\n", "cold-after-days: x\n", ""][random.below(5)]
                try journal.write("basework.yml", bytes: Array(settings.utf8))
                return "settings: \(settings)"
            case 7:
                return "cache: " + Self.damage(root, &random)
            default:
                try journal.write(name, bytes: Array(entryText().utf8))
                return "rewrite: \(name)"
            }
        }

        /// Damages the cache one way or another.
        static func damage(_ root: String, _ random: inout SplitMix) -> String {
            let folder = root + "/.basework"
            let shards = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0 != ".gitignore" }.sorted()
            guard !shards.isEmpty else { return "none to damage" }
            let file = folder + "/" + shards[random.below(shards.count)]
            guard var bytes = FileManager.default.contents(atPath: file).map(Array.init), !bytes.isEmpty else {
                return "none to damage"
            }
            switch random.below(6) {
            case 0:
                bytes.removeLast(1 + random.below(bytes.count))
                _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
                return "truncated \(file)"
            case 1:
                let index = random.below(bytes.count)
                bytes[index] ^= UInt8(1 << random.below(8))
                _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
                return "one bit flipped at \(index)"
            case 2:
                _ = FileManager.default.createFile(atPath: file, contents: Data((0..<200).map { _ in UInt8(random.below(256)) }))
                return "garbage"
            case 3:
                unlink(file)
                return "file deleted"
            case 4:
                try? FileManager.default.removeItem(atPath: folder)
                _ = FileManager.default.createFile(atPath: folder, contents: Data("not a folder".utf8))
                return "the folder is a file"
            default:
                try? FileManager.default.removeItem(atPath: folder)
                return "folder deleted"
            }
        }
    }

    @Test("random edits on random journals: the cached run prints what the uncached run prints", arguments: [1, 2] as [UInt64])
    func randomEdits(seed: UInt64) throws {
        var journal = try RandomJournal(seed: seed)
        var reused = 0
        // Every kind of edit, twice, in an order of the seed's.
        var kinds = Array(0..<9)
        for index in kinds.indices.reversed() { kinds.swapAt(index, journal.random.below(index + 1)) }
        try Self.compare(journal.root, "start")
        for step in 0..<18 {
            let what = try journal.edit(kind: kinds[step % kinds.count])
            let (again, total) = try Self.compare(journal.root, "step \(step): \(what)")
            reused += total - again
            // A file where the folder should be is put back as no cache at all, so later steps use one.
            var status = stat()
            if lstat(journal.root + "/.basework", &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR {
                unlink(journal.root + "/.basework")
            }
        }
        #expect(reused > 0, "the cache was never used")
    }

    @Test("a roster change resolves again only the entries whose names it changes, and those with unknown people")
    func rosterChange() throws {
        func entry(_ body: String) -> String { "---\ndate: 2026-11-20\nduration: 1h\n---\n\n\(body)\n" }
        let journal = try TemporaryJournal(["people.yml": "ana:\n  name: Ana\nbob:\n  name: Bob Smith\n",
                                            "a.md": entry("- @ana #talked and [[Bob Smith]]"), "b.md": entry("- @Bob #contact"),
                                            "c.md": entry("- @cy #talked"), "d.md": entry("Nobody today.")])
        try Self.compare(journal.path, "start")
        #expect(try Self.resolvedAgain(journal.path) == 0, "nothing changed")
        #expect(try Self.resolvedAgain(journal.path, roster: "ana:\n  name: Ana\n  role: staff\nbob:\n  name: Bob Smith\n") == 1,
                "a role changed: only c.md, which names someone unknown, is resolved again")
        #expect(try Self.resolvedAgain(journal.path, roster: "ana:\n  name: Ana\n  role: staff\nbob:\n  name: Bob Smith\n  aliases: [bobby]\n") == 1,
                "an alias no one writes: only c.md")
        #expect(try Self.resolvedAgain(journal.path, roster: "ana:\n  name: Ana\nbob:\n  name: Robert\ncy:\n  name: Cy\n") == 2,
                "Bob renamed (a.md links [[Bob Smith]]) and cy added (c.md)")
        #expect(try Self.resolvedAgain(journal.path, roster: "ana:\n  name: Ana\ncy:\n  name: Cy\nrob:\n  name: Bob Smith\n  aliases: [bob]\n") == 2,
                "bob becomes an alias of rob: a.md and b.md")
        #expect(try Self.resolvedAgain(journal.path, settings: "follow-up-days: 3\n") == 4, "the settings changed: every file")
        #expect(try Self.resolvedAgain(journal.path) == 0, "nothing changed")
    }

    /// Writes the roster or settings, checks every output against `--no-cache`, and returns how many
    /// files the first cached run after the change resolved again.
    static func resolvedAgain(_ root: String, roster: String? = nil, settings: String? = nil,
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> Int? {
        if let roster { _ = FileManager.default.createFile(atPath: root + "/people.yml", contents: Data(roster.utf8)) }
        if let settings { _ = FileManager.default.createFile(atPath: root + "/basework.yml", contents: Data(settings.utf8)) }
        usleep(useconds_t(FileSignature.settling / 1000 + 20_000))
        let note = try run(["check", "--verbose"], root: root).err.prefix(while: { $0 != "\n" })
        try compare(root, "after the change", sourceLocation: sourceLocation)
        let numbers = note.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .punctuationCharacters)) }
        return numbers.count >= 3 ? numbers[2] : nil
    }

    @Test("the cache folder is the owner's only, ignored by git, and never read through a link")
    func folder() throws {
        let journal = try RandomJournal(seed: 3)
        try Self.compare(journal.root, "first")
        var status = stat()
        #expect(stat(journal.root + "/.basework", &status) == 0 && status.st_mode & 0o777 == 0o700)
        let shards = try FileManager.default.contentsOfDirectory(atPath: journal.root + "/.basework").filter { $0 != ".gitignore" }
        // Every shard of resolved files is written; a shard of syntax only once it holds a file.
        #expect(shards.filter { $0.hasPrefix("resolved-") }.count == CacheFolder.shardCount)
        #expect(shards.contains { $0.hasPrefix("index-") })
        #expect(shards.allSatisfy { $0.hasPrefix("resolved-") || $0.hasPrefix("index-") })
        for shard in shards {
            #expect(stat(journal.root + "/.basework/" + shard, &status) == 0 && status.st_mode & 0o777 == 0o600)
        }
        #expect(FileManager.default.contents(atPath: journal.root + "/.basework/.gitignore") == Data("*\n".utf8))
        // A link where the folder should be: not followed, nothing written through it.
        let elsewhere = try TemporaryJournal()
        try FileManager.default.removeItem(atPath: journal.root + "/.basework")
        symlink(elsewhere.path, journal.root + "/.basework")
        try Self.compare(journal.root, "linked folder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test("--no-cache neither reads nor writes .basework/")
    func noCache() throws {
        let journal = try RandomJournal(seed: 4)
        _ = try Self.run(["check", "--no-cache"], root: journal.root)
        #expect(!FileManager.default.fileExists(atPath: journal.root + "/.basework"))
        try journal.journal.write("basework.yml", bytes: Array("cache: false\n".utf8))
        _ = try Self.run(["check"], root: journal.root)
        #expect(!FileManager.default.fileExists(atPath: journal.root + "/.basework"))
    }

    @Test("a cache that cannot be written changes nothing")
    func unwritable() throws {
        let journal = try RandomJournal(seed: 5)
        // Each shard's place is taken by a folder: no rename can replace it.
        for prefix in ["index", "resolved"] {
            for shard in 0..<CacheFolder.shardCount {
                try FileManager.default.createDirectory(atPath: CacheFolder(root: journal.root, payload: Int.self, prefix: prefix).path(shard: shard),
                                                        withIntermediateDirectories: true)
            }
        }
        try Self.compare(journal.root, "shards are folders")
        // A read-only journal: the folder cannot be made (a file is in the way, as root could write anywhere).
        try FileManager.default.removeItem(atPath: journal.root + "/.basework")
        _ = FileManager.default.createFile(atPath: journal.root + "/.basework", contents: Data())
        chmod(journal.root, 0o555)
        defer { chmod(journal.root, 0o755) }
        try Self.compare(journal.root, "read-only journal")
    }

    @Test("runs at the same time all print the uncached output and leave a usable cache")
    func concurrent() throws {
        let journal = try RandomJournal(seed: 6)
        let command = ["report", "--format", "json", "--as-of", Self.asOf]
        let expected = try Self.run(command + ["--no-cache"], root: journal.root)
        let outputs = Mutex<[String]>([])
        let root = journal.root
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            let output = (try? Self.run(command, root: root).out) ?? "failed"
            outputs.withLock { $0.append(output) }
        }
        #expect(outputs.withLock { $0 } == Array(repeating: expected.out, count: 6))
        usleep(useconds_t(FileSignature.settling / 1000 + 20_000))
        _ = try Self.run(["check"], root: journal.root)
        let last = try Self.run(["check", "--verbose"], root: journal.root)
        #expect(last.err.hasPrefix("basework: cache: 0 of "), "\(last.err)")
    }
}

/// SplitMix64: a small seeded generator, the same everywhere.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
