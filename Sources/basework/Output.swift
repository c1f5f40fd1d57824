import Basework
import Foundation

/// Where the command writes: reports to standard output, diagnostics and notes to standard error.
enum Output {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(endingInNewline(text).utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(endingInNewline(text).utf8))
    }

    /// The text with a line end after its last line: a `\n` is added only when its last byte is not one.
    /// Bytes, not characters: CSV ends in CRLF, one character in Swift, which `hasSuffix("\n")` does not see.
    static func endingInNewline(_ text: String) -> String {
        text.utf8.last == UInt8(ascii: "\n") ? text : text + "\n"
    }

    /// Colour only when the stream is a terminal and `NO_COLOR` is unset.
    static func style(forStandardError: Bool = false) -> TerminalStyle {
        let environment = ProcessInfo.processInfo.environment
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(colour: !noColour && isatty(forStandardError ? 2 : 1) == 1 && environment["TERM"] != "dumb")
    }
}
