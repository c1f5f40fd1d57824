import ArgumentParser
import Basework
import Foundation

/// `basework new`: writes a new entry from a template and prints its path. It never overwrites a
/// file: it creates exclusively and adds `-2`, `-3`, … on a clash. The only command that writes.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new entry from a template at YYYY/MM/YYYY-MM-DD-SLUG.md and print its path.")
    @OptionGroup var journalArgument: JournalArgument
    @Option(help: ArgumentHelp("The day the work happened (default: today).", valueName: "DATE")) var date: String?
    @Option(help: "The kind of work: picket, call, house-visit, meeting, …") var activity: String?
    @Option(help: ArgumentHelp("The struggle it belongs to.", valueName: "SLUG")) var struggle: String?
    @Option(help: "The entry's heading; also names the file.") var title: String?
    @Flag(help: "Open the new entry in $VISUAL or $EDITOR.") var edit = false

    func run() throws {
        guard let day = date.map({ Day(iso: $0) }) ?? PeriodOptions.today else {
            Output.error("basework: --date must be a real day as YYYY-MM-DD; \(date ?? "") is not")
            throw ExitCode(2)
        }
        let template = EntryTemplate(date: day, activity: activity, struggle: struggle, title: title)
        let root = URL(fileURLWithPath: journalArgument.root)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            Output.error("basework: the journal \(journalArgument.root) is not a folder")
            throw ExitCode(2)
        }
        let relative = try write(template, under: root)
        Output.print(root.appendingPathComponent(relative).path)
        if edit { try openEditor(root.appendingPathComponent(relative).path) }
    }

    /// Creates the file exclusively, trying numbered names until one is free.
    private func write(_ template: EntryTemplate, under root: URL) throws -> String {
        let folder = root.appendingPathComponent(String(template.relativePath().split(separator: "/").dropLast().joined(separator: "/")))
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            Output.error("basework: cannot create \(folder.path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        let bytes = Array(template.text.utf8)
        for attempt in 1...1000 {
            let relative = template.relativePath(attempt: attempt)
            let descriptor = open(root.appendingPathComponent(relative).path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                Output.error("basework: cannot write \(relative): \(String(cString: strerror(errno)))")
                throw ExitCode(2)
            }
            defer { close(descriptor) }
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard written == bytes.count else {
                Output.error("basework: could not write all of \(relative)")
                throw ExitCode(2)
            }
            return relative
        }
        Output.error("basework: 1000 entries already have this name; choose another --title")
        throw ExitCode(2)
    }

    private func openEditor(_ path: String) throws {
        let environment = ProcessInfo.processInfo.environment
        guard let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(where: { !$0.isEmpty }) else {
            Output.error("basework: --edit needs $VISUAL or $EDITOR to name your editor")
            throw ExitCode(2)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "sh", path]
        try process.run()
        process.waitUntilExit()
    }
}
