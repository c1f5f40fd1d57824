/// Finds, for diagnostics, where the things read from one block were written in the file: each
/// `find` searches forward from the last match, so a block's mentions or times are placed in
/// order and each line is scanned once. Code spans, HTML tags, autolinks and link destinations are
/// blanked out first, as the reading rules leave them out; case is ignored.
struct Locator {
    let source: SourceText
    let bodyFirstLine: Int
    let block: BodyBlock
    private var line: Int
    private var characters: [Character]?
    private var index = 0
    private var lost = false

    init(source: SourceText, bodyFirstLine: Int, block: BodyBlock) {
        self.source = source
        self.bodyFirstLine = bodyFirstLine
        self.block = block
        line = bodyFirstLine + block.firstLine - 1
    }

    /// Where `written` next appears; with `wholeHandle`, only where it is a whole `@handle`.
    /// Once something cannot be found (written differently in the source), the block's first line.
    mutating func find(_ written: some StringProtocol, wholeHandle: Bool = false) -> SourcePosition {
        let start = SourcePosition(line: bodyFirstLine + block.firstLine - 1, column: 1)
        guard !lost else { return start }
        let needle = written.map(Locator.lower)
        let last = bodyFirstLine + max(block.firstLine, block.lastLine) - 1
        while line <= last {
            if characters == nil {
                guard let text = source.line(line) else { break }
                characters = Locator.readable(text).map(Locator.lower)
                index = 0
            }
            let text = characters!
            while index + needle.count <= text.count {
                let candidate = index
                index += 1
                guard text[candidate] == needle.first, text[candidate..<(candidate + needle.count)].elementsEqual(needle) else { continue }
                if wholeHandle, !Locator.isWholeHandle(in: text, from: candidate, count: needle.count) { continue }
                index = candidate + needle.count
                return SourcePosition(line: line, column: candidate + 1)
            }
            line += 1
            characters = nil
        }
        lost = true
        return start
    }

    private static func lower(_ character: Character) -> Character {
        let lowered = character.lowercased()
        return lowered.count == 1 ? Character(lowered) : character
    }

    /// Whether `line[start..<start+count]` is a whole mention: not after a letter or digit, and not
    /// followed by more of a handle (trailing dots aside).
    private static func isWholeHandle(in line: [Character], from start: Int, count: Int) -> Bool {
        if start > 0, line[start - 1].isLetter || line[start - 1].isNumber { return false }
        var next = start + count
        while next < line.count, line[next] == "." { next += 1 }
        guard next < line.count else { return true }
        return !(line[next].isLetter || line[next].isNumber || line[next] == "-" || line[next] == "_")
    }

    /// A source line's characters with code spans, HTML tags, autolinks and link destinations blanked
    /// out, so that columns stay where they were.
    private static func readable(_ text: some StringProtocol) -> [Character] {
        var line = Array(text)
        func blank(_ range: Range<Int>) { for index in range { line[index] = " " } }
        func run(at index: Int) -> Int { line[index...].prefix { $0 == "`" }.count }
        var index = 0
        var unclosedTag = false, unclosedDestination = false
        while index < line.count {
            switch line[index] {
            case "`":
                let length = run(at: index)
                var close = index + length
                while close < line.count, line[close] != "`" || run(at: close) != length {
                    close += line[close] == "`" ? run(at: close) : 1
                }
                if close < line.count { blank(index..<(close + length)) }
                index = close < line.count ? close + length : index + length
            case "<" where !unclosedTag && index + 1 < line.count && (line[index + 1].isLetter || "/!?".contains(line[index + 1])):
                guard let close = line[index...].firstIndex(of: ">") else {
                    unclosedTag = true
                    index += 1
                    continue
                }
                blank(index..<(close + 1))
                index = close + 1
            case "]" where !unclosedDestination && index + 1 < line.count && line[index + 1] == "(":
                guard let close = line[index...].firstIndex(of: ")") else {
                    unclosedDestination = true
                    index += 1
                    continue
                }
                blank((index + 1)..<(close + 1))
                index = close + 1
            default:
                index += 1
            }
        }
        return line
    }
}
