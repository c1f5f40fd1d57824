/// What `check --format json` prints: every diagnostic, and the counts.
struct DiagnosticListing: Encodable {
    struct Item: Encodable {
        var path: String
        var line: Int
        var column: Int
        var severity: String
        var rule: String
        var message: String
    }

    var diagnostics: [Item]
    var errors: Int
    var warnings: Int
    var entries: Int
    var leftOut: Int

    init(_ journal: Journal) {
        diagnostics = journal.diagnostics.map {
            Item(path: $0.path, line: $0.line, column: $0.column, severity: $0.severity.rawValue, rule: $0.rule.rawValue, message: $0.message)
        }
        errors = journal.errorCount
        warnings = journal.warningCount
        entries = journal.entries.count
        leftOut = journal.leftOut
    }
}
