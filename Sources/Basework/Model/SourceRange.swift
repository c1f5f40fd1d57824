/// A place in a file: line and column, both counted from 1, the column in characters (FORMAT 6).
/// Stored in 32 bits each: a journal keeps a range for every mention, tag and value it reads, and
/// an 8 MiB file has fewer lines and columns than that.
public struct SourcePosition: Hashable, Sendable, Codable, Comparable, Error {
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    enum CodingKeys: String, CodingKey { case line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
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
