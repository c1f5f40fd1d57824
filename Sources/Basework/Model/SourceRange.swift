/// A place in a file: line and column, both counted from 1, the column in characters (FORMAT 6).
public struct SourcePosition: Hashable, Sendable, Codable, Comparable, Error {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }
}

/// Where something was written in a file: from `start` up to, not including, `end`.
public struct SourceRange: Hashable, Sendable, Codable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(_ start: SourcePosition, _ end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// A range of `length` characters on one line.
    public init(line: Int, column: Int, length: Int) {
        self.init(SourcePosition(line: line, column: column), SourcePosition(line: line, column: column + length))
    }

    /// Whether a position falls inside the range (its end excluded).
    public func contains(_ position: SourcePosition) -> Bool { start <= position && position < end }
}

extension SourcePosition {
    /// The column as editors count it (the Language Server Protocol's default): UTF-16 code units
    /// from the start of the line, from 0, given the text of the position's line.
    public func utf16Offset(inLine text: some StringProtocol) -> Int {
        var units = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard index < column - 1 else { break }
            units += scalar.value > 0xFFFF ? 2 : 1
        }
        return units + max(0, column - 1 - text.unicodeScalars.count)
    }
}
