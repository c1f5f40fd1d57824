/// A table for the terminal: columns as wide as their widest cell, two spaces apart, numbers to the
/// right, and no trailing spaces. A row may carry notes: lines printed under it, starting at one column,
/// for what is too long to sit in a cell (a path, a quoted justification).
///
/// Cells may hold colour from `TerminalStyle`; widths count only what is visible.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment

        static func left(_ title: String) -> Column { Column(title: title, alignment: .left) }
        static func right(_ title: String) -> Column { Column(title: title, alignment: .right) }
    }

    struct Row {
        var cells: [String]
        var notes: [String] = []
    }

    var columns: [Column]
    var rows: [Row] = []
    /// The column under which notes start.
    var notesColumn = 0
    /// Spaces before the table.
    var indent = 2
    /// Whether the titles are printed as the first line.
    var showsTitles = true

    init(_ columns: [Column], notesColumn: Int = 0, indent: Int = 2, showsTitles: Bool = true) {
        self.columns = columns
        self.notesColumn = notesColumn
        self.indent = indent
        self.showsTitles = showsTitles
    }

    mutating func add(_ cells: [String], notes: [String] = []) {
        rows.append(Row(cells: cells, notes: notes))
    }

    /// The lines of the table; titles dimmed when the style has colour.
    func lines(_ style: TerminalStyle = .plain) -> [String] {
        var widths = columns.map { showsTitles ? TextTable.width($0.title) : 0 }
        for row in rows {
            for (index, cell) in row.cells.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextTable.width(cell))
            }
        }
        // Columns that are empty throughout take no room.
        let shown = widths.indices.filter { widths[$0] > 0 }
        let lead = String(repeating: " ", count: indent)
        func line(_ cells: [String]) -> String {
            let parts = shown.map { index -> String in
                let cell = index < cells.count ? cells[index] : ""
                let pad = String(repeating: " ", count: widths[index] - TextTable.width(cell))
                return columns[index].alignment == .left ? cell + pad : pad + cell
            }
            return TextTable.trimmed(lead + parts.joined(separator: "  "))
        }
        var lines: [String] = []
        if showsTitles {
            let titles = line(columns.map(\.title))
            lines.append(style.colour ? lead + style.dim(String(titles.dropFirst(indent))) : titles)
        }
        let noteStart = indent + shown.filter { $0 < notesColumn }.reduce(0) { $0 + widths[$1] + 2 }
        let noteLead = String(repeating: " ", count: noteStart)
        for row in rows {
            lines.append(line(row.cells))
            lines += row.notes.map { TextTable.trimmed(noteLead + $0) }
        }
        return lines
    }

    /// How many columns a string takes on the terminal: characters, without colour codes.
    static func width(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else if !(0x0300...0x036F).contains(scalar.value) {
                count += 1
            }
        }
        return count
    }

    /// A line without trailing spaces.
    static func trimmed(_ line: String) -> String {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        return end == bytes.endIndex ? line : String(line[..<end])
    }
}
