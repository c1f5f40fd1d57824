import ArgumentParser
import Basework
import Foundation

/// The journal folder argument, shared by every command: the path given, else `$BASEWORK_JOURNAL`,
/// else the current directory (FORMAT 1).
struct JournalArgument: ParsableArguments {
    @Argument(help: "The journal folder (default: $BASEWORK_JOURNAL, else the current folder).", completion: .directory)
    var journal: String?

    var root: String {
        journal ?? ProcessInfo.processInfo.environment["BASEWORK_JOURNAL"] ?? "."
    }

    /// The journal as the user gave it, to repeat in a suggested command (` ~/journal`, shell-quoted);
    /// empty when it came from the environment or the current folder.
    var rerunArguments: String { journal.map { " " + ShellWord.quoted($0) } ?? "" }

    /// Reads the journal through its index (and the cache, unless turned off), or exits 2 when its
    /// root cannot be read or is not a journal.
    func read(_ cache: CacheOptions) throws -> Journal {
        try refuseNonJournal()
        do {
            var index = JournalIndex(root: root, cache: !cache.noCache, keepsSyntax: false)
            let journal = try index.update()
            if cache.verbose { Output.error("basework: \(index.cacheNote)") }
            KeptUntilExit.keep((index, journal))
            return journal
        } catch {
            Output.error("basework: \(error.description)")
            throw ExitCode(2)
        }
    }

    /// Exits 2 with a hint when the root is a folder that holds no journal; a root that is missing or
    /// not a folder is left to the reader, which says so.
    func refuseNonJournal() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue,
              !JournalRecognizer.isJournal(root) else { return }
        Output.error("basework: \(root) is not a basework journal (no people.yml, no basework.yml, no entry): "
            + "run `basework init \(ShellWord.quoted(root))` or pass the journal folder")
        throw ExitCode(2)
    }
}

/// A word for a shell command line: as is when it is plain, else in single quotes.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_./~:=+@%,".unicodeScalars.contains($0))
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
