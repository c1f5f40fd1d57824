import Basework

extension LSPDiagnostic {
    /// A basework diagnostic placed in a document: its end when it has one, else the word it starts at.
    init(_ diagnostic: Diagnostic, in text: DocumentText, _ encoding: PositionEncoding) {
        let start = SourcePosition(line: diagnostic.line, column: diagnostic.column)
        let end = diagnostic.end ?? Self.wordEnd(from: start, in: text)
        range = Range(start: text.position(of: start, encoding), end: text.position(of: max(start, end), encoding))
        severity = diagnostic.severity == .error ? 1 : 2
        code = diagnostic.rule.rawValue
        source = "basework"
        message = diagnostic.message
    }

    /// The end of the run of non-blank characters at a position, so that editors underline a word.
    private static func wordEnd(from start: SourcePosition, in text: DocumentText) -> SourcePosition {
        let characters = Array(text.line(start.line - 1))
        var column = start.column - 1
        guard column < characters.count else { return start }
        while column < characters.count, characters[column] != " ", characters[column] != "\t" { column += 1 }
        return SourcePosition(line: start.line, column: max(column, start.column) + 1)
    }
}
