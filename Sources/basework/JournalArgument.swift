import ArgumentParser
import Basework
import Foundation

/// The journal folder argument, shared by every command: the path given, else `$BASEWORK_JOURNAL`,
/// else the current directory (FORMAT 1).
struct JournalArgument: ParsableArguments {
    @Argument(help: "The journal folder (default: $BASEWORK_JOURNAL, else the current folder).")
    var journal: String?

    var root: String {
        journal ?? ProcessInfo.processInfo.environment["BASEWORK_JOURNAL"] ?? "."
    }

    /// Reads the journal, or exits 2 when its root cannot be read.
    func read() throws -> Journal {
        do {
            return try JournalReader.read(root: root)
        } catch {
            Output.error("basework: \(error.description)")
            throw ExitCode(2)
        }
    }
}
