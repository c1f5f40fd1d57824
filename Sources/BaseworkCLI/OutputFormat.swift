import ArgumentParser

/// Every format basework writes; each command takes some of them (REPORTS "Options").
enum OutputFormat: String, CaseIterable {
    case text, markdown, json, html, csv

    /// The format a file name's extension names, if any.
    init?(fileName: String) {
        let name = fileName.lowercased()
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...] {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "html", "htm": self = .html
        case "csv": self = .csv
        default: return nil
        }
    }
}

/// The formats one command takes, as `--format` accepts them.
protocol FormatChoice: ExpressibleByArgument, CaseIterable, RawRepresentable<String>, Sendable {}

extension FormatChoice {
    var format: OutputFormat { OutputFormat(rawValue: rawValue)! }
    static var names: [String] { allCases.map(\.rawValue) }
}

/// The reports of several tables: no CSV.
enum DocumentFormat: String, FormatChoice { case text, markdown, json, html }

/// The one-table reports: CSV too.
enum TableFormat: String, FormatChoice { case text, markdown, json, html, csv }

/// The lists (`check`, `tags`, `struggles`): text or JSON.
enum ListFormat: String, FormatChoice { case text, json }
