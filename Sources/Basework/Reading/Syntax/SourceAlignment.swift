#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines a cmark text node up with the source it was read from. The node's text is its source byte
/// for byte except where CommonMark rewrote it: a backslash escape (`\@` reads `@`) or an entity
/// (`&amp;` reads `&`). Those bytes are marked as escaped, and everything else is placed exactly.
///
/// cmark 0.30 leaves a text node's start column unmoved when an emphasis delimiter is taken off its
/// front (`_@em__@em_`), so the node is tried at its reported column and, when its text does not
/// line up there, at the next few columns its span leaves room for, then anywhere else on its line.
enum SourceAlignment {
    /// A run of the node's text and the source bytes it was read from.
    struct Piece {
        var text: Range<Int>
        /// The source byte index of the run's first byte, and how many source bytes it spans.
        var source: Int
        var sourceLength: Int
        var exact: Bool
    }

    /// Appends the node's text to `inline`, placed on `line` of the body.
    static func append(_ text: UnsafeBufferPointer<UInt8>, line: Int, reportedColumn: Int, reportedEnd: Int,
                       source: ArraySlice<UInt8>, into inline: inout InlineText) {
        let lineStart = source.startIndex
        let reported = min(source.endIndex, lineStart + max(0, reportedColumn - 1))
        // Most text is its source byte for byte, where cmark says it is. Otherwise the text is read
        // with its escapes and entities from there, a few bytes on at most; failing that, it is looked
        // for elsewhere on the line, nearest first, verbatim before escapes and entities are read,
        // which could line it up with the wrong bytes.
        func matches(_ start: Int) -> Bool {
            guard start + text.count <= source.endIndex else { return false }
            guard let first = text.baseAddress, text.count > 0 else { return true }
            return source.withUnsafeBufferPointer { line in
                memcmp(line.baseAddress! + (start - source.startIndex), first, text.count) == 0
            }
        }
        if matches(reported) {
            inline.append(text, line: line, column: reportedColumn, sourceLength: text.count, exact: true)
            return
        }
        // cmark's span is longer than the text by the delimiters taken off its front and the bytes
        // escapes and entities take: the text starts at most that many bytes after the reported column.
        let slack = max(0, reportedEnd - reportedColumn + 1 - text.count)
        let reportedLast = min(source.endIndex, reported + slack)
        var found = (reported...reportedLast).lazy.compactMap { pieces(text, source[$0...]) }.first
        if found == nil {
            let others = (lineStart...source.endIndex).filter { $0 < reported || $0 > reportedLast }
                .sorted { abs($0 - reported) < abs($1 - reported) }
            if let start = others.first(where: matches) {
                inline.append(text, line: line, column: start - lineStart + 1, sourceLength: text.count, exact: true)
                return
            }
            found = others.lazy.compactMap { pieces(text, source[$0...]) }.first
        }
        guard let pieces = found else {
            // Never expected: the text is nowhere on its line. It stands at its reported column.
            inline.append(text, line: line, column: reportedColumn, sourceLength: 0, exact: false)
            return
        }
        for piece in pieces {
            if !piece.exact { inline.escaped.formUnion((inline.bytes.count..<(inline.bytes.count + piece.text.count))) }
            inline.append(text[piece.text], line: line, column: piece.source - lineStart + 1,
                          sourceLength: piece.sourceLength, exact: piece.exact)
        }
    }

    /// The pieces of `text` read from the source starting at its first byte, or nil when the text
    /// cannot have been read from there.
    static func pieces(_ text: UnsafeBufferPointer<UInt8>, _ source: ArraySlice<UInt8>) -> [Piece]? {
        var pieces: [Piece] = []
        var t = 0
        var s = source.startIndex
        while t < text.count {
            guard s < source.endIndex else { return nil }
            let byte = source[s]
            if byte == 0x5C, s + 1 < source.endIndex, isPunctuation(source[s + 1]), text[t] == source[s + 1] {
                pieces.append(Piece(text: t..<(t + 1), source: s, sourceLength: 2, exact: false))
                t += 1
                s += 2
            } else if byte == 0x26, let end = entityEnd(source, from: s),
                      !source[s...end].elementsEqual(text[t..<min(text.count, t + end - s + 1)]) {
                // Decoded: the entity's text runs until the text meets the source after the `;` again.
                let next = end + 1 < source.endIndex ? source[end + 1] : nil
                var stop = t + 1
                while stop < text.count, text[stop] != next { stop += 1 }
                pieces.append(Piece(text: t..<stop, source: s, sourceLength: end - s + 1, exact: false))
                t = stop
                s = end + 1
            } else if byte == text[t] {
                var run = 1
                while t + run < text.count, s + run < source.endIndex, source[s + run] == text[t + run],
                      source[s + run] != 0x5C, source[s + run] != 0x26 {
                    run += 1
                }
                pieces.append(Piece(text: t..<(t + run), source: s, sourceLength: run, exact: true))
                t += run
                s += run
            } else {
                return nil
            }
        }
        return pieces
    }

    /// ASCII punctuation: the characters a backslash escapes in CommonMark.
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// The index of the `;` that ends an entity starting at `start` (`&name;`, `&#123;`, `&#x1F;`).
    private static func entityEnd(_ source: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start + 1
        guard index < source.endIndex else { return nil }
        func isAlnum(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) }
        if source[index] == 0x23 { index += 1 }
        let first = index
        while index < source.endIndex, index - first < 32, isAlnum(source[index]) { index += 1 }
        guard index > first, index < source.endIndex, source[index] == 0x3B else { return nil }
        return index
    }
}
