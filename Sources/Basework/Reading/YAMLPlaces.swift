import CYaml

/// Turns libyaml's marks into file positions. libyaml counts lines and columns from 0 and columns in
/// Unicode scalars, and breaks lines at U+2028 and U+0085 too; a `SourcePosition` counts from 1, lines
/// at line feeds only, and columns in characters (FORMAT 6) — Unicode code points, as libyaml counts
/// them and as the body's positions are counted. An ASCII document needs no conversion; any other is
/// walked once, front to back, as the marks come.
struct YAMLPlaces {
    let text: Substring
    let firstLine: Int
    private let isASCII: Bool
    /// The walk: the scalar offset reached, its index, the file line it is on, and the last place on
    /// that line whose column is known (first the line's start), so that a long line is counted once.
    private var offset = 0
    private var index: String.Index
    private var line: Int
    private var counted: (index: String.Index, column: Int)

    init(_ text: Substring, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
        isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        index = text.startIndex
        line = firstLine
        counted = (text.startIndex, 1)
    }

    /// The file position of a libyaml mark.
    mutating func position(_ mark: yaml_mark_t) -> SourcePosition {
        if isASCII { return SourcePosition(line: firstLine + Int(mark.line), column: Int(mark.column) + 1) }
        seek(Int(mark.index))
        counted = (index, counted.column + text[counted.index..<index].unicodeScalars.count)
        return SourcePosition(line: line, column: counted.column)
    }

    /// The text index of a libyaml mark.
    mutating func index(of mark: yaml_mark_t) -> String.Index {
        if isASCII { return text.utf8.index(text.startIndex, offsetBy: min(Int(mark.index), text.utf8.count)) }
        seek(Int(mark.index))
        return index
    }

    /// The file position of a text index, for the rare places that are not marks (errors).
    func position(of target: String.Index) -> SourcePosition {
        let before = text[..<target]
        let lines = before.utf8.count(where: { $0 == 0x0A })
        let start = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return SourcePosition(line: firstLine + lines, column: text[start..<target].unicodeScalars.count + 1)
    }

    /// Moves the walk to a scalar offset, from the start again if it lies behind.
    private mutating func seek(_ target: Int) {
        if target < offset {
            offset = 0
            index = text.startIndex
            line = firstLine
            counted = (text.startIndex, 1)
        }
        let scalars = text.unicodeScalars
        while offset < target, index < text.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            offset += 1
            if scalar == "\n" {
                line += 1
                counted = (index, 1)
            }
        }
    }
}
