import Foundation
import Testing

/// Runs the built `basework` executable and compares what it prints with golden files.
///
/// `Tests/Golden/<name>/` holds `args` (one argument per line; `{root}` is the package root), an optional
/// `env` (`NAME=value` lines), and the expected `stdout`, `stderr` and `status`. The command runs in the
/// package root with `NO_COLOR=1`; the package root in its output is written `{root}`.
/// With `UPDATE_GOLDEN=1` the tests write what the command printed instead (`Scripts/update-golden`).
@Suite("Golden output")
struct GoldenTests {
    @Test("a golden case prints what it did before", arguments: GoldenRun.cases)
    func golden(_ name: String) throws {
        let folder = GoldenRun.golden.appendingPathComponent(name)
        let args = try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.isEmpty }
            .map { $0.replacingOccurrences(of: "{root}", with: GoldenRun.root.path) }
        var environment: [String: String] = [:]
        if let env = try? String(contentsOf: folder.appendingPathComponent("env"), encoding: .utf8) {
            for line in env.split(separator: "\n") {
                guard let equals = line.firstIndex(of: "=") else { continue }
                environment[String(line[..<equals])] = String(line[line.index(after: equals)...])
                    .replacingOccurrences(of: "{root}", with: GoldenRun.root.path)
            }
        }
        try GoldenRun(arguments: args, environment: environment).compare(with: folder)
    }

    @Test("each broken example's check prints what it did before", arguments: GoldenRun.brokenExamples)
    func broken(_ rule: String) throws {
        try GoldenRun(arguments: ["check", "Examples/broken/\(rule)"])
            .compare(with: GoldenRun.golden.appendingPathComponent("broken").appendingPathComponent(rule))
    }
}

/// One run of the executable, and its comparison with a golden folder.
struct GoldenRun {
    var stdout: String
    var stderr: String
    var status: Int32

    /// The package root, from this file's place in it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = root.appendingPathComponent("Tests/Golden")
    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    /// Folders of `Tests/Golden` that hold an `args` file.
    static let cases: [String] = subfolders(of: golden).filter {
        FileManager.default.fileExists(atPath: golden.appendingPathComponent($0).appendingPathComponent("args").path)
    }

    /// Folders of `Examples/broken`, if it exists.
    static let brokenExamples: [String] = subfolders(of: root.appendingPathComponent("Examples/broken"))

    private static func subfolders(of url: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
    }

    /// The built `basework`: `$BASEWORK_EXECUTABLE`, else next to the running test executable or in a folder
    /// above it (so `--scratch-path` works), else `.build/debug/basework`.
    static let executable: URL? = {
        let manager = FileManager.default
        func isExecutable(_ url: URL) -> Bool {
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
                && manager.isExecutableFile(atPath: url.path)
        }
        if let given = ProcessInfo.processInfo.environment["BASEWORK_EXECUTABLE"] { return URL(fileURLWithPath: given) }
        var candidates: [URL] = []
        for start in [CommandLine.arguments.first.map { URL(fileURLWithPath: $0) }, Bundle.main.executableURL, Bundle.main.bundleURL] {
            guard var folder = start?.resolvingSymlinksInPath().deletingLastPathComponent() else { continue }
            for _ in 0..<6 {
                candidates.append(folder.appendingPathComponent("basework"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(root.appendingPathComponent(".build/debug/basework"))
        return candidates.first(where: isExecutable)
    }()

    /// Runs `basework` in the package root with `NO_COLOR=1` and no `BASEWORK_JOURNAL` unless given.
    init(arguments: [String], environment extra: [String: String] = [:]) throws {
        let executable = try #require(GoldenRun.executable, "no built basework executable found; run swift build")
        var environment = ProcessInfo.processInfo.environment
        environment["BASEWORK_JOURNAL"] = nil
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("basework-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = GoldenRun.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()

        func text(_ url: URL) throws -> String {
            String(decoding: try Data(contentsOf: url), as: UTF8.self).replacingOccurrences(of: GoldenRun.root.path, with: "{root}")
        }
        stdout = try text(out)
        stderr = try text(err)
        status = process.terminationStatus
    }

    /// Compares with the golden folder's files, or writes them when updating.
    func compare(with folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outputs = [("stdout", stdout), ("stderr", stderr), ("status", "\(status)\n")]
        if GoldenRun.updating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, actual) in outputs { try Data(actual.utf8).write(to: folder.appendingPathComponent(name)) }
            return
        }
        for (name, actual) in outputs {
            let file = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                Issue.record("\(file.path) is missing: run Scripts/update-golden", sourceLocation: sourceLocation)
                continue
            }
            let expected = String(decoding: data, as: UTF8.self)
            #expect(actual == expected, "\(name) differs from \(file.path)", sourceLocation: sourceLocation)
        }
    }
}
