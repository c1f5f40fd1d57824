/// A file's text once it is known to be UTF-8, split at its front matter fences (FORMAT 2.1).
struct SourceText {
    /// The whole text, without a leading byte order mark.
    let text: String
    /// Where each line starts, found the first time a line is asked for: only diagnostics ask, so a
    /// file without problems never pays for it.
    private let lines: LineIndex

    init(text: String) {
        self.text = text
        lines = LineIndex()
    }

    private final class LineIndex {
        var starts: [String.Index]?
    }

    private func lineStarts() -> [String.Index] {
        if let starts = lines.starts { return starts }
        var starts = [text.startIndex]
        var index = text.utf8.startIndex
        while let newline = text.utf8[index...].firstIndex(of: 0x0A) {
            index = text.utf8.index(after: newline)
            starts.append(index)
        }
        lines.starts = starts
        return starts
    }

    /// Decodes UTF-8, or gives the position of the first byte that is not (FORMAT 6). A lone CR (an old
    /// Mac line ending) becomes LF, so that lines are counted as cmark and editors count them, and
    /// control characters become U+FFFD (`ControlCharacters`).
    static func decode(_ bytes: [UInt8]) -> Result<SourceText, SourcePosition> {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        guard let text = String(validating: content, as: UTF8.self) else { return .failure(firstInvalidByte(content)) }
        let (controls, carriageReturns) = ControlCharacters.scan(content)
        return .success(SourceText(reading: text, hasCarriageReturns: carriageReturns, hasControls: controls))
    }

    /// The text of a file that is not UTF-8, decoded with U+FFFD for the bad bytes, to show its lines.
    static func lossy(_ bytes: [UInt8]) -> SourceText {
        let text = String(decoding: bytes, as: UTF8.self)
        let (controls, carriageReturns) = ControlCharacters.scan(bytes[...])
        return SourceText(reading: text, hasCarriageReturns: carriageReturns, hasControls: controls)
    }

    private init(reading text: String, hasCarriageReturns: Bool, hasControls: Bool) {
        var text = text
        if hasCarriageReturns {
            var bytes = Array(text.utf8)
            for index in bytes.indices where bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A) {
                bytes[index] = 0x0A
            }
            text = String(decoding: bytes, as: UTF8.self)
        }
        self.init(text: hasControls ? ControlCharacters.replaced(in: text) : text)
    }

    private static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> SourcePosition {
        var line = 1
        var column = 1
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1 && scalar.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                return SourcePosition(line: line, column: column)
            case .emptyInput:
                return SourcePosition(line: line, column: column)
            }
        }
    }

    /// Whether raw bytes open with a front matter fence: after an optional UTF-8 byte order mark, the
    /// first line is `---`, with only spaces or tabs after it (FORMAT 1).
    static func opensWithFence(_ bytes: [UInt8]) -> Bool {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        guard content.starts(with: [0x2D, 0x2D, 0x2D]) else { return false }
        let rest = content.dropFirst(3).drop { $0 == 0x20 || $0 == 0x09 }
        return rest.isEmpty || rest.starts(with: [0x0A]) || rest.starts(with: [0x0D])
    }

    /// The encoding a file's byte order mark says it is in, when that is UTF-16 or UTF-32: such a
    /// `.md` or `.markdown` file is an error (`not-utf8` at 1:1), entry or not (FORMAT 1). Nil for
    /// anything else, a UTF-8 byte order mark included. UTF-32 LE is told apart from UTF-16 LE,
    /// whose mark starts its own, by the two zero bytes after `FF FE`.
    static func foreignEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 LE" }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 BE" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16 LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16 BE" }
        return nil
    }

    /// The message of the `not-utf8` error for a file in a `foreignEncoding`.
    static func foreignEncodingMessage(_ encoding: String) -> String {
        "this file is \(encoding) (its byte order mark says so), and basework reads only UTF-8: save it as UTF-8"
    }

    /// The front matter and the body, or nil when the front matter is never closed: it closes at the
    /// first later line that is `---` or `...`, with only spaces or tabs after it (FORMAT 2.1).
    /// The opening fence is line 1, so the YAML starts on line 2.
    func split() -> (yaml: Substring, body: Substring, bodyFirstLine: Int)? {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var line = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            var content = text[lineStart..<lineEnd]
            if content.utf8.last == 0x0D { content = content.dropLast() }
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if line == 1 {
                yamlStart = next
            } else if SourceText.isClosingFence(content) {
                return (text[yamlStart!..<lineStart], text[next...], line + 1)
            }
            lineStart = next
            line += 1
        }
        return nil
    }

    /// Whether a line (without its line ending) closes the front matter.
    private static func isClosingFence(_ line: Substring) -> Bool {
        let utf8 = line.utf8
        guard utf8.starts(with: "---".utf8) || utf8.starts(with: "...".utf8) else { return false }
        return utf8.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// The text of a line (counted from 1), without its line ending; nil past the end.
    func line(_ number: Int) -> Substring? {
        let lineStarts = lineStarts()
        guard number >= 1, number <= lineStarts.count else { return nil }
        // By UTF-8 index only: `dropLast()` on a Substring counts its characters, which made each
        // diagnostic on a long line cost the whole line.
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : text.endIndex
        if end > start, text.utf8[text.utf8.index(before: end)] == 0x0A { end = text.utf8.index(before: end) }
        if end > start, text.utf8[text.utf8.index(before: end)] == 0x0D { end = text.utf8.index(before: end) }
        return text[start..<end]
    }
}
