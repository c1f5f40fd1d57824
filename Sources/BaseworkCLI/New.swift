import ArgumentParser
import Basework
import Foundation

/// `basework new`: writes a new entry from a template and prints its path. It never overwrites a
/// file: it creates exclusively and adds `-2`, `-3`, … on a clash. With `init`, the only command that writes.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new entry from a template at YYYY/MM/YYYY-MM-DD-SLUG.md and print its path.",
        discussion: "The month folders are created as needed. With --edit, the editor is $VISUAL, else $EDITOR; "
            + "it is checked before anything is written, and when it fails the entry is kept and its path printed.")
    @OptionGroup var journalArgument: JournalArgument
    @Option(help: ArgumentHelp("The day the work happened: YYYY-MM-DD, today (the default) or yesterday.", valueName: "DATE"))
    var date: String?
    @Option(help: "The kind of work: picket, call, house-visit, meeting, …", completion: .custom(Completions.activities))
    var activity: String?
    @Option(help: ArgumentHelp("The struggle it belongs to.", valueName: "SLUG"), completion: .custom(Completions.struggles))
    var struggle: String?
    @Option(help: "The entry's heading; also names the file.") var title: String?
    @Flag(help: "Open the new entry in $VISUAL, else $EDITOR.") var edit = false

    func run() throws {
        let day: Day
        do {
            day = try PeriodChoice.day(date ?? "today", option: "--date", today: PeriodHelp.today)
        } catch {
            Output.error("basework: \(error.description)")
            throw ExitCode(2)
        }
        let editor = edit ? try Editor.chosen() : nil
        let root = URL(fileURLWithPath: journalArgument.root)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            Output.error("basework: the journal \(journalArgument.root) is not a folder: "
                + "run `basework init \(ShellWord.quoted(journalArgument.root))` to make one")
            throw ExitCode(2)
        }
        if !((try? FileManager.default.contentsOfDirectory(atPath: root.path))?.isEmpty ?? false) {
            try journalArgument.refuseNonJournal()
        }
        let template = EntryTemplate(date: day, activity: activity, struggle: struggle, title: title)
        let path = root.appendingPathComponent(try write(template, under: root)).path
        Output.print(path)
        try editor?.open(path)
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
}
