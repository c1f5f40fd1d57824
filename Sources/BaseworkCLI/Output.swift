import Basework
import Foundation

/// Where the command writes: reports to standard output or the `-o` file, diagnostics and notes to
/// standard error.
enum Output {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(terminated(text).utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(terminated(text).utf8))
    }

    /// The text with a line end after its last line: a `\n` is added only when its last byte is not one.
    /// Bytes, not characters: CSV ends in CRLF, one character in Swift, which `hasSuffix("\n")` does not see.
    static func terminated(_ text: String) -> String { text.utf8.last == UInt8(ascii: "\n") ? text : text + "\n" }

    /// Prints the text, or writes it to `file` (REPORTS "-o FILE").
    static func write(_ text: String, to file: String?, journal: Journal, root: String) throws {
        guard let file else { return print(text) }
        try OutputFile(path: file).write(terminated(text), journal: journal, root: root)
    }

    /// Colour only when the stream is a terminal and `NO_COLOR` is unset.
    static func style(forStandardError: Bool = false) -> TerminalStyle {
        let environment = ProcessInfo.processInfo.environment
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(colour: !noColour && isatty(forStandardError ? 2 : 1) == 1 && environment["TERM"] != "dumb")
    }
}
