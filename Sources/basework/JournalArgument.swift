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

    /// Reads the journal through its index (and the cache, unless turned off), or exits 2 when its root cannot be read.
    func read(_ cache: CacheOptions) throws -> Journal {
        do {
            var index = JournalIndex(root: root, cache: !cache.noCache, keepsSyntax: false)
            let journal = try index.update()
            if cache.verbose { Output.error("basework: \(index.cacheNote)") }
            readForExit = (index, journal)
            return journal
        } catch {
            Output.error("basework: \(error.description)")
            throw ExitCode(2)
        }
    }
}

/// The index and journal read, kept until the process exits: freeing a large journal piece by piece
/// just before exiting took a tenth of a warm run.
nonisolated(unsafe) private var readForExit: (JournalIndex, Journal)?
