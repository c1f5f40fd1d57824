import Basework

/// How the client counts characters within a line (LSP 3.17 `positionEncoding`).
public enum PositionEncoding: String, Sendable {
    case utf16 = "utf-16"
    case utf8 = "utf-8"

    /// The code units one scalar takes.
    func units(_ scalar: Unicode.Scalar) -> Int {
        switch self {
        case .utf16: scalar.value > 0xFFFF ? 2 : 1
        case .utf8: UTF8.width(scalar)
        }
    }

    func units(_ text: some StringProtocol) -> Int {
        switch self {
        case .utf16: text.utf16.count
        case .utf8: text.utf8.count
        }
    }
}

/// A document's bytes with the start of each line, converting between the protocol's positions
/// (line from 0, code units) and basework's (line from 1, column in characters, FORMAT 6).
/// A line ends at LF, CRLF or a lone CR, as the protocol and the reader both count them.
struct DocumentText: Sendable {
    private(set) var bytes: [UInt8]
    private(set) var lineStarts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        indexLines()
    }

    init(_ text: String) { self.init(Array(text.utf8)) }

    var text: String { String(decoding: bytes, as: UTF8.self) }
    var lineCount: Int { lineStarts.count }

    private mutating func indexLines() {
        var starts = [0]
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        lineStarts = starts
    }

    /// The byte range of a line (from 0) without its line ending; nil past the last line.
    func lineBytes(_ line: Int) -> Swift.Range<Int>? {
        guard line >= 0, line < lineStarts.count else { return nil }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The text of a line (from 0) without its line ending; empty past the last line.
    func line(_ line: Int) -> String {
        guard let range = lineBytes(line) else { return "" }
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// The byte offset of a protocol position; a character past the line's end means its end, a line
    /// past the last means the end of the text (as the protocol asks).
    func offset(of position: Position, _ encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard let range = lineBytes(position.line) else { return bytes.count }
        var offset = range.lowerBound
        var units = 0
        var iterator = bytes[range].makeIterator()
        var decoder = UTF8()
        while units < position.character {
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { break }
            let width = encoding.units(scalar)
            // A position inside a scalar (half of a surrogate pair) stays before it.
            if units + width > position.character { break }
            units += width
            offset += UTF8.width(scalar)
        }
        return offset
    }

    /// The protocol position of a byte offset.
    func position(ofOffset offset: Int, _ encoding: PositionEncoding) -> Position {
        let offset = min(max(0, offset), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        let end = min(offset, lineBytes(low)?.upperBound ?? offset)
        let prefix = String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
        return Position(line: low, character: encoding.units(prefix))
    }

    /// The protocol position of a basework line and column (both from 1, the column in characters:
    /// Unicode code points, FORMAT 6).
    func position(of source: SourcePosition, _ encoding: PositionEncoding) -> Position {
        let line = max(0, source.line - 1)
        let units = self.line(line).unicodeScalars.prefix(max(0, source.column - 1)).reduce(0) { $0 + encoding.units($1) }
        return Position(line: line, character: units)
    }

    /// The basework line and column (from 1, in code points) of a protocol position.
    func sourcePosition(of position: Position, _ encoding: PositionEncoding) -> SourcePosition {
        let text = line(position.line)
        var units = 0
        var column = 1
        for scalar in text.unicodeScalars {
            if units >= position.character { break }
            units += encoding.units(scalar)
            column += 1
        }
        return SourcePosition(line: position.line + 1, column: column)
    }

    /// Replaces a range (the whole text when nil) with new text.
    mutating func replace(_ range: Range?, with text: String, _ encoding: PositionEncoding) {
        guard let range else {
            bytes = Array(text.utf8)
            indexLines()
            return
        }
        let start = offset(of: range.start, encoding)
        let end = max(start, offset(of: range.end, encoding))
        bytes.replaceSubrange(start..<end, with: text.utf8)
        indexLines()
    }
}
