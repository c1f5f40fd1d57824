import ArgumentParser
import Basework

/// `basework check`: every diagnostic in the journal, then a summary line.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List every problem in the journal (FORMAT 6), not just the first.",
        discussion: "Exit status: 0 when there is no error, 1 when there is one (or any diagnostic with --strict), 2 when the journal cannot be read.")

    @OptionGroup var journalArgument: JournalArgument
    @Option(name: [.customShort("F"), .long], help: ArgumentHelp("text (default) or json.", valueName: "text|json"))
    var format: ListFormat = .text
    @Flag(help: "Exit 1 on warnings too.") var strict = false

    func run() throws {
        let journal = try journalArgument.read()
        switch format {
        case .json:
            Output.print(DiagnosticRenderer.json(journal))
        case .text:
            let style = Output.style(forStandardError: true)
            for diagnostic in journal.diagnostics { Output.error(DiagnosticRenderer.render(diagnostic, style: style)) }
            Output.error(DiagnosticRenderer.summary(journal))
        }
        if journal.errorCount > 0 || (strict && !journal.diagnostics.isEmpty) { throw ExitCode(1) }
    }
}
