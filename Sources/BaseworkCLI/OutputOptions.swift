import ArgumentParser

/// How a report is written out: the format (one of `Format`), the output file, redaction and `--strict`.
struct OutputOptions<Format: FormatChoice>: ParsableArguments {
    @Option(name: [.customShort("F"), .long],
            help: ArgumentHelp("The format (default: from the -o file's extension, else text).",
                               valueName: Format.names.joined(separator: "|")))
    var format: Format?
    @Option(name: [.customShort("o"), .long],
            help: ArgumentHelp("Write to FILE instead of standard output, in the format its extension names.", valueName: "FILE"),
            completion: .file())
    var output: String?
    @Flag(help: "For sharing with a wider group: no name, handle, group, path or free text from the journal; people become labels by role (base-1, officer-1, ...).")
    var redact = false
    @Flag(help: "Exit 1 if the journal has any diagnostic.")
    var strict = false

    /// The format asked for: `--format`, else the output file's extension, else text.
    func chosenFormat() throws -> OutputFormat {
        if let format { return format.format }
        guard let output else { return .text }
        guard let named = OutputFormat(fileName: output) else {
            throw ValidationError("-o \(output): the extension names no format; give --format \(Format.names.joined(separator: "|"))")
        }
        guard Format.names.contains(named.rawValue) else {
            throw ValidationError("-o \(output): this command does not write \(named.rawValue); it writes \(Format.names.joined(separator: ", "))")
        }
        return named
    }

    func validate() throws { _ = try chosenFormat() }
}
