/// A Markdown document being written: headings and tables separated by blank lines.
struct MarkdownText {
    private(set) var text = ""

    mutating func line(_ line: String) { text += line + "\n" }

    mutating func blank() { if !text.isEmpty && !text.hasSuffix("\n\n") { text += "\n" } }

    mutating func heading(_ level: Int, _ title: String) {
        blank()
        line(String(repeating: "#", count: level) + " " + title)
        blank()
    }

    /// A pipe table; cells must already be escaped. `right` are the columns aligned right (numbers).
    /// With no rows, says so instead of printing an empty table.
    mutating func table(_ headers: [String], _ rows: [[String]], right: [Int] = []) {
        guard !rows.isEmpty else {
            line("*None.*")
            blank()
            return
        }
        line("| " + headers.joined(separator: " | ") + " |")
        line("|" + headers.indices.map { right.contains($0) ? " ---: |" : " --- |" }.joined())
        for row in rows { line("| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |") }
        blank()
    }
}
