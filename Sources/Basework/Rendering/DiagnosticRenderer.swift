/// Renders diagnostics as `PATH:LINE:COLUMN: error|warning: MESSAGE [RULE]`, each followed by its
/// source line and a caret under the column, as hledger does.
public enum DiagnosticRenderer {
    public static func render(_ diagnostic: Diagnostic, style: TerminalStyle = .plain) -> String {
        let severity = diagnostic.severity == .error ? style.error("error") : style.warning("warning")
        var text = "\(diagnostic.path):\(diagnostic.line):\(diagnostic.column): \(severity): \(diagnostic.message) [\(diagnostic.rule.rawValue)]"
        if let source = diagnostic.sourceLine {
            let number = String(diagnostic.line)
            let gutter = String(repeating: " ", count: number.count)
            let shown = String(source.prefix(200))
            let lead = shown.prefix(max(0, diagnostic.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            text += "\n \(number) | \(shown)\n \(gutter) | \(lead)\(style.caret("^"))"
        }
        return text
    }

    /// `check --format json`: every diagnostic, and the counts.
    public static func json(_ journal: Journal) -> String { JSONRenderer.encode(DiagnosticListing(journal)) }

    /// The closing line of `check`.
    public static func summary(_ journal: Journal) -> String {
        let entries = counted(journal.entries.count, "entry", "entries") + " read"
        guard !journal.diagnostics.isEmpty else { return "No problems: \(entries)." }
        var parts = [counted(journal.errorCount, "error"), counted(journal.warningCount, "warning")]
        parts.append(entries)
        if journal.leftOut > 0 { parts.append("\(journal.leftOut) left out") }
        return parts.joined(separator: ", ") + "."
    }
}
