/// A fast reader for the plain front matter nearly every entry has: one `key: value` per line, each value
/// a plain word or phrase or a flow list of plain words (`tags: [a, b]`), with blank lines and comment lines.
/// It gives exactly the `YAMLValue` that Yams would (the tests compare the two), and gives up (nil) on
/// anything else, which then goes to Yams: quotes, nesting, block lists, continuation lines, empty values,
/// colons, `#` after a value, tabs, carriage returns, non-ASCII text, repeated keys.
enum SimpleYAML {
    static func parse(_ text: Substring, firstLine: Int) -> YAMLValue? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> YAMLValue? in
            var pairs: [(key: String, keyAt: SourcePosition, value: YAMLValue)] = []
            var keys: Set<String> = []
            var line = firstLine
            var start = 0
            let count = bytes.count
            while start < count {
                var end = start
                while end < count, bytes[end] != 0x0A { end += 1 }
                defer {
                    start = end + 1
                    line += 1
                }
                if end == start || bytes[start] == 0x23 { continue }  // blank or a comment line
                // The key: letters, digits, `-` and `_`, from the first column, then `: `.
                guard isWordByte(bytes[start]) else { return nil }
                var colon = start
                while colon < end, isWordByte(bytes[colon]) || bytes[colon] == 0x2D || bytes[colon] == 0x5F { colon += 1 }
                guard colon < end, bytes[colon] == 0x3A, colon + 1 < end, bytes[colon + 1] == 0x20 else { return nil }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self)
                guard keys.insert(key).inserted else { return nil }
                var valueStart = colon + 1
                while valueStart < end, bytes[valueStart] == 0x20 { valueStart += 1 }
                guard valueStart < end else { return nil }
                let value: YAMLValue
                if bytes[valueStart] == 0x5B {
                    guard let list = flowList(bytes, from: valueStart, to: end, line: line) else { return nil }
                    value = list
                } else {
                    guard let scalar = plain(bytes, from: valueStart, to: end, line: line, inFlow: false),
                          scalar.end == trimmedEnd(bytes, valueStart, end) else { return nil }
                    value = scalar.value
                }
                pairs.append((key, SourcePosition(line: line, column: 1), value))
            }
            guard let first = pairs.first else { return nil }
            return .map(pairs, first.keyAt)
        } ?? nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
    }

    /// Bytes a plain scalar may hold here beyond letters and digits: none of them can start one,
    /// end one, or mean anything inside one. Commas only outside flow lists.
    private static func isPhraseByte(_ byte: UInt8, inFlow: Bool) -> Bool {
        switch byte {
        case 0x20, 0x2D, 0x5F, 0x2E, 0x2F, 0x27, 0x28, 0x29, 0x21, 0x3F, 0x3B, 0x2B: true  // space - _ . / ' ( ) ! ? ; +
        case 0x2C: !inFlow
        default: isWordByte(byte)
        }
    }

    private static func trimmedEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        return end
    }

    /// A plain scalar starting with a letter or digit; it ends before trailing spaces, at the line's end,
    /// or (in a flow list) before `,` or `]`.
    private static func plain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line: Int,
                              inFlow: Bool) -> (value: YAMLValue, end: Int)? {
        guard start < end, isWordByte(bytes[start]) else { return nil }
        var stop = start
        while stop < end, isPhraseByte(bytes[stop], inFlow: inFlow) { stop += 1 }
        if stop < end, !(inFlow && (bytes[stop] == 0x2C || bytes[stop] == 0x5D)) { return nil }
        let last = trimmedEnd(bytes, start, stop)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self)
        return (.scalar(text, SourcePosition(line: line, column: start - lineStart(bytes, start) + 1), quoted: false), last)
    }

    private static func lineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        return start
    }

    /// `[a, b, c]` or `[]`, alone on the rest of its line.
    private static func flowList(_ bytes: UnsafeBufferPointer<UInt8>, from open: Int, to end: Int, line: Int) -> YAMLValue? {
        let column = open - lineStart(bytes, open) + 1
        var items: [YAMLValue] = []
        var index = open + 1
        func skipSpaces() { while index < end, bytes[index] == 0x20 { index += 1 } }
        skipSpaces()
        if index < end, bytes[index] == 0x5D {
            index += 1
        } else {
            while true {
                guard let item = plain(bytes, from: index, to: end, line: line, inFlow: true) else { return nil }
                items.append(item.value)
                index = item.end
                skipSpaces()
                guard index < end else { return nil }
                if bytes[index] == 0x5D {
                    index += 1
                    break
                }
                guard bytes[index] == 0x2C else { return nil }
                index += 1
                skipSpaces()
            }
        }
        guard trimmedEnd(bytes, index, end) == index else { return nil }
        return .list(items, SourcePosition(line: line, column: column))
    }
}
