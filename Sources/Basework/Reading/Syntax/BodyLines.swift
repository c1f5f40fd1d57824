/// An entry body's bytes split into lines, as cmark counts them (from 1), for placing what cmark
/// reads at its exact line and column.
struct BodyLines {
    let bytes: [UInt8]
    /// The offset where each line starts.
    private let starts: [Int]
    /// For each line asked about, the column in characters of every byte column (empty for ASCII).
    private let columns = ColumnCache()

    private final class ColumnCache {
        var byLine: [Int: [Int32]] = [:]
    }

    /// Whether every byte is ASCII: then a character column is its byte column.
    private let isASCII: Bool

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var high: UInt8 = 0
        for (offset, byte) in bytes.enumerated() {
            high |= byte
            if byte == 0x0A { starts.append(offset + 1) }
        }
        self.starts = starts
        isASCII = high < 0x80
    }

    var count: Int { starts.count }

    /// A line's bytes without its line ending; empty past the end.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1, number <= starts.count else { return [] }
        var end = number < starts.count ? starts[number] : bytes.count
        if end > starts[number - 1], bytes[end - 1] == 0x0A { end -= 1 }
        if end > starts[number - 1], bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[starts[number - 1]..<end]
    }

    /// The byte column (from 1) where a paragraph's continuation line starts its text: after the
    /// indentation and block quote markers that cmark strips before reading the line's inlines.
    func contentColumn(_ number: Int) -> Int {
        let bytes = line(number)
        var column = 1
        for byte in bytes {
            guard byte == 0x20 || byte == 0x09 || byte == 0x3E else { break }
            column += 1
        }
        return column
    }

    /// The column in characters (Unicode scalars, from 1) of a byte column on a line. A line's
    /// table is made the first time it is asked about, so a line of many mentions stays linear.
    func characterColumn(line number: Int, byteColumn: Int) -> Int {
        if isASCII { return max(1, byteColumn) }
        let table: [Int32]
        if let known = columns.byLine[number] {
            table = known
        } else {
            let bytes = line(number)
            guard bytes.contains(where: { $0 >= 0x80 }) else {
                columns.byLine[number] = []
                return byteColumn
            }
            var built = [Int32](repeating: 1, count: bytes.count + 1)
            var column: Int32 = 1
            for (index, byte) in bytes.enumerated() {
                built[index] = column
                if byte & 0xC0 != 0x80 { column += 1 }
            }
            built[bytes.count] = column
            columns.byLine[number] = built
            table = built
        }
        let index = byteColumn - 1
        guard index >= 0, !table.isEmpty else { return max(1, byteColumn) }
        return index < table.count ? Int(table[index]) : Int(table[table.count - 1]) + index - (table.count - 1)
    }
}
