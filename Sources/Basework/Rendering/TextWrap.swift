/// Word wrapping for free text from the journal: every word kept, lines broken at spaces, a word
/// longer than the width on a line of its own. As in Markdown, a single line break joins lines and a
/// blank line starts a new paragraph, kept as an empty line.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
            .split(whereSeparator: { $0.allSatisfy(\.isWhitespace) })
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { lines.append("") }
            var line = ""
            for word in paragraph.joined(separator: " ").split(whereSeparator: \.isWhitespace) {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Items joined by `, ` and wrapped, without breaking an item across lines.
    static func list(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for (index, item) in items.enumerated() {
            let piece = item + (index < items.count - 1 ? "," : "")
            if line.isEmpty {
                line = piece
            } else if TextTable.width(line) + 1 + TextTable.width(piece) <= width {
                line += " " + piece
            } else {
                lines.append(line)
                line = piece
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
