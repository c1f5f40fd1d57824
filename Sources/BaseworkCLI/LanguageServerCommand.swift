import ArgumentParser
import BaseworkLanguageServer

/// `basework lsp`: the language server, on standard input and output (Docs/EDITORS.md).
struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "A language server on standard input and output, for any editor (Docs/EDITORS.md).",
        discussion: "Diagnostics as you type, completion, hover, go to definition, references and quick fixes for the journal that holds each open file. It never writes a file: edits go to the editor.")

    @Flag(help: "Accepted and ignored: the server always speaks on standard input and output.") var stdio = false

    func run() throws {
        let status = StdioTransport.run(today: { PeriodHelp.today })
        if status != 0 { throw ExitCode(status) }
    }
}
