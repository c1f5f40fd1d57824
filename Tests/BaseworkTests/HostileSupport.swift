import Foundation
import Testing
@testable import Basework

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A journal folder made for one test in the system's temporary folder, removed by `remove()`.
/// Every hostile fixture is generated here, never committed.
struct ScratchJournal {
    let root: String

    /// The valid entry every hostile case puts beside its hostile file: it must still be read.
    static let valid = "---\ndate: 2026-11-20\nduration: 1h\n---\n\n# Valid\n\n- @maria-g talked (20m) #talked\n"

    init() {
        var template = Array((NSTemporaryDirectory() + "/basework-hostile-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        root = String(cString: made!)
        write("valid.md", Self.valid)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func write(_ relative: String, _ text: String) { write(relative, Array(text.utf8)) }

    func write(_ relative: String, _ bytes: [UInt8]) {
        let full = path(relative)
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: full, contents: Data(bytes)))
    }

    func link(_ relative: String, to target: String) {
        #expect(symlink(target, path(relative)) == 0)
    }

    func remove() {
        _ = chmod(root, 0o755)
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// What reading a scratch journal gave, and how long it took: in CPU time of the reading thread (a
/// journal of up to 64 files is read on the calling thread), which other work on a busy machine
/// does not inflate, and in wall time, which catches a read that blocks without spinning.
struct Reading {
    var journal: Journal
    var seconds: Double
    var cpuSeconds: Double

    /// Within budget on both clocks.
    var inTime: Bool { cpuSeconds < cpuBudget && seconds < wallBudget }

    func diagnostics(in path: String) -> [Diagnostic] { journal.diagnostics.filter { $0.path == path } }
    func entry(_ path: String) -> Entry? { journal.entries.first { $0.path == path } }
}

/// Generous for a debug build: a hang or a quadratic blow-up takes minutes of CPU, not seconds.
/// The wall budget is looser still, for shared machines under load. Sanitizers slow reading several
/// times over; `Scripts/sanitize` says by how much in `BASEWORK_TIME_SCALE`.
let timeScale = ProcessInfo.processInfo.environment["BASEWORK_TIME_SCALE"].flatMap(Double.init) ?? 1
let cpuBudget = 20.0 * timeScale
let wallBudget = 300.0 * timeScale

func read(_ scratch: ScratchJournal) throws -> Reading {
    func threadCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let clock = ContinuousClock()
    var journal: Journal?
    let cpuStart = threadCPU()
    let elapsed = try clock.measure { journal = try JournalReader.read(root: scratch.root) }
    let cpu = threadCPU() - cpuStart
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return Reading(journal: journal!, seconds: seconds, cpuSeconds: cpu)
}

/// Reads a journal holding the valid entry plus `files`, and checks the three things every hostile
/// case owes: it finishes in time, the valid entry is still read, and (when `rule` is given) the
/// hostile file gets exactly that error at that line (and column, when given) and is left out.
@discardableResult
func expectHostile(_ files: [String: [UInt8]], rule: Diagnostic.Rule? = nil, path: String = "h.md", line: Int? = nil,
                   column: Int? = nil, validQuiet: Bool = true,
                   sourceLocation: SourceLocation = #_sourceLocation) throws -> Reading {
    let scratch = ScratchJournal()
    defer { scratch.remove() }
    for (name, bytes) in files { scratch.write(name, bytes) }
    let reading = try read(scratch)
    #expect(reading.inTime, "took \(reading.cpuSeconds)s of CPU, \(reading.seconds)s in all", sourceLocation: sourceLocation)
    let valid = reading.entry("valid.md")
    #expect(valid != nil, "the valid entry beside the hostile file was not read", sourceLocation: sourceLocation)
    #expect(valid?.interactions.map(\.handle) == ["maria-g"], sourceLocation: sourceLocation)
    if validQuiet { #expect(reading.diagnostics(in: "valid.md").isEmpty, sourceLocation: sourceLocation) }
    if let rule {
        let found = reading.diagnostics(in: path).filter { $0.rule == rule && $0.severity == .error }
        #expect(found.count == 1, "expected one \(rule.rawValue) in \(path), got \(reading.diagnostics(in: path))",
                sourceLocation: sourceLocation)
        if let first = found.first {
            if let line { #expect(first.line == line, "\(first)", sourceLocation: sourceLocation) }
            if let column { #expect(first.column == column, "\(first)", sourceLocation: sourceLocation) }
            #expect(!first.message.isEmpty, sourceLocation: sourceLocation)
        }
        if path.hasSuffix(".md") {
            #expect((reading.entry(path) == nil) == rule.leavesEntryOut,
                    "\(path) should \(rule.leavesEntryOut ? "" : "not ")be left out", sourceLocation: sourceLocation)
        }
    }
    return reading
}

@discardableResult
func expectHostile(_ files: [String: String], rule: Diagnostic.Rule? = nil, path: String = "h.md", line: Int? = nil,
                   column: Int? = nil, validQuiet: Bool = true,
                   sourceLocation: SourceLocation = #_sourceLocation) throws -> Reading {
    try expectHostile(files.mapValues { Array($0.utf8) }, rule: rule, path: path, line: line, column: column,
                      validQuiet: validQuiet, sourceLocation: sourceLocation)
}

/// An entry with the given front matter lines (without fences) and body.
func entry(_ frontMatter: String, body: String = "\n# Hostile\n") -> String {
    "---\n" + frontMatter + (frontMatter.hasSuffix("\n") ? "" : "\n") + "---\n" + body
}
