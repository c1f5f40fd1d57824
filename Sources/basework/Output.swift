import Basework
import Foundation

/// Where the command writes: reports to standard output, diagnostics and notes to standard error.
enum Output {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Colour only when the stream is a terminal and `NO_COLOR` is unset.
    static func style(forStandardError: Bool = false) -> TerminalStyle {
        let environment = ProcessInfo.processInfo.environment
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(colour: !noColour && isatty(forStandardError ? 2 : 1) == 1 && environment["TERM"] != "dumb")
    }
}
