import Foundation

/// The JSON form of `check`: every diagnostic, and the counts.
public struct DiagnosticJSON: Encodable {
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

    public init(_ journal: Journal) {
        diagnostics = journal.diagnostics.map {
            Item(path: $0.path, line: $0.line, column: $0.column, severity: $0.severity.rawValue, rule: $0.rule.rawValue, message: $0.message)
        }
        errors = journal.errorCount
        warnings = journal.warningCount
        entries = journal.entries.count
        leftOut = journal.leftOut
    }
}

/// Encodes report values as the JSON contract: keys sorted, pretty-printed, slashes left alone.
public enum JSONText {
    public static func render(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
