import ArgumentParser
import Basework
import Foundation

/// `basework init [DIR]`: makes a journal. Creates the folder if needed and writes a commented
/// `people.yml` and `basework.yml`; an existing file is never written over.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a journal: the folder, a commented people.yml and basework.yml (never over an existing file).")
    @OptionGroup var journalArgument: JournalArgument

    func run() throws {
        let root = journalArgument.root
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), !isFolder.boolValue {
            Output.error("basework: \(root) is a file, not a folder: give init a folder to make the journal in")
            throw ExitCode(2)
        }
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            Output.error("basework: cannot create the folder \(root): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        for (name, text) in [("people.yml", JournalStarter.people), ("basework.yml", JournalStarter.settings)] {
            let path = (root as NSString).appendingPathComponent(name)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor < 0 {
                if errno == EEXIST {
                    Output.print("kept \(path) (it exists already)")
                    continue
                }
                Output.error("basework: cannot write \(path): \(String(cString: strerror(errno)))")
                throw ExitCode(2)
            }
            let bytes = Array(text.utf8)
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
            guard written == bytes.count else {
                Output.error("basework: could not write all of \(path)")
                throw ExitCode(2)
            }
            Output.print("wrote \(path)")
        }
        let journal = ShellWord.quoted(root)
        Output.print("""

            Next:
              1. list the people you work with in \((root as NSString).appendingPathComponent("people.yml"))
              2. write an entry:            basework new \(journal) --activity call --edit
              3. read the week's report:    basework report \(journal) --week
              (or set BASEWORK_JOURNAL=\(journal) and leave the folder out)
            """)
    }
}
