/// Collects the diagnostics of one file, each with the text of its line for showing in context.
struct DiagnosticSink {
    /// The most characters of a line kept for showing with a diagnostic: enough for a terminal, and a
    /// file of one 8 MiB line with thousands of problems does not copy that line thousands of times.
    static let maxShownCharacters = 500

    let path: String
    /// The file's text once it is known to be UTF-8.
    var source: SourceText?
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, source: SourceText? = nil) {
        self.path = path
        self.source = source
    }

    var hasError: Bool { diagnostics.contains { $0.severity == .error } }

    mutating func error(_ rule: Diagnostic.Rule, at position: SourcePosition, _ message: String) {
        add(.error, rule, at: position, message)
    }

    mutating func warning(_ rule: Diagnostic.Rule, at position: SourcePosition, _ message: String) {
        add(.warning, rule, at: position, message)
    }

    mutating func error(_ rule: Diagnostic.Rule, at range: SourceRange, _ message: String) {
        add(.error, rule, at: range.start, end: range.end, message)
    }

    mutating func warning(_ rule: Diagnostic.Rule, at range: SourceRange, _ message: String) {
        add(.warning, rule, at: range.start, end: range.end, message)
    }

    private mutating func add(_ severity: Diagnostic.Severity, _ rule: Diagnostic.Rule, at position: SourcePosition,
                              end: SourcePosition? = nil, _ message: String) {
        diagnostics.append(Diagnostic(severity, rule, path: path, line: position.line, column: position.column,
                                      end: end, message: message,
                                      sourceLine: source?.line(position.line).map { String($0.prefix(Self.maxShownCharacters)) }))
    }
}
