/// What is written at a place in a line, found by looking at the line alone (FORMAT 2.2, 2.3): a
/// mention, a hashtag or a wikilink, with the characters it covers. Columns count characters from 0.
struct Token: Equatable {
    enum Kind: Equatable {
        /// `@handle`, the handle as written.
        case mention(String)
        /// `#tag`, the tag as written.
        case hashtag(String)
        /// `[[X]]`, `[[X|shown]]` or `[[X#heading]]`: X.
        case wikilink(String)
    }

    var kind: Kind
    /// From the sigil (or the first `[`) up to, not including, the end.
    var columns: Swift.Range<Int>

    /// The token that covers `column` (or ends right at it), if any.
    static func at(_ column: Int, in line: String) -> Token? {
        all(in: line).first { $0.columns.lowerBound <= column && column <= $0.columns.upperBound }
    }

    /// Every mention, hashtag and wikilink in a line, in order.
    static func all(in line: String) -> [Token] {
        let characters = Array(line)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let previous = index > 0 ? characters[index - 1] : nil
            if character == "[", index + 1 < characters.count, characters[index + 1] == "[",
               let close = closingBrackets(characters, from: index + 2) {
                var target = String(characters[(index + 2)..<close])
                if let bar = target.firstIndex(of: "|") { target = String(target[..<bar]) }
                if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
                target = String(target.trimmingSpaces)
                if !target.isEmpty { tokens.append(Token(kind: .wikilink(target), columns: index..<(close + 2))) }
                index = close + 2
                continue
            }
            if character == "@" || character == "#", previous != "\\",
               !(previous.map(isWord) ?? false), !(character == "#" && previous == "&") {
                var end = index + 1
                let continues: (Character) -> Bool = character == "@"
                    ? { isWord($0) || $0 == "-" || $0 == "_" || $0 == "." }
                    : { isWord($0) || $0 == "-" }
                if end < characters.count, character == "@" ? isWord(characters[end]) : characters[end].isLetter {
                    while end < characters.count, continues(characters[end]) { end += 1 }
                    while character == "@", characters[end - 1] == "." { end -= 1 }
                    let word = String(characters[(index + 1)..<end])
                    tokens.append(Token(kind: character == "@" ? .mention(word) : .hashtag(word), columns: index..<end))
                    index = end
                    continue
                }
            }
            index += 1
        }
        return tokens
    }

    /// What is being typed just before `column`: a sigil and the word after it, for completion.
    /// The word's columns exclude the sigil.
    static func typing(before column: Int, in line: String) -> (sigil: String, word: String, columns: Swift.Range<Int>)? {
        let characters = Array(line)
        let column = min(column, characters.count)
        var start = column
        while start > 0, isWord(characters[start - 1]) || "-_.".contains(characters[start - 1]) { start -= 1 }
        let word = String(characters[start..<column])
        if start >= 2, characters[start - 1] == "[", characters[start - 2] == "[" {
            return ("[[", word, start..<column)
        }
        guard start >= 1, characters[start - 1] == "@" || characters[start - 1] == "#" else { return nil }
        let before = start >= 2 ? characters[start - 2] : nil
        if let before, isWord(before) || before == "\\" { return nil }
        return (String(characters[start - 1]), word, start..<column)
    }

    /// The token at a place in a document: a mention, hashtag or wikilink, or in the front matter a
    /// handle listed under `people` or `author` (written bare, as FORMAT 2.1 allows).
    static func at(_ column: Int, line: Int, in text: DocumentText) -> Token? {
        let content = text.line(line)
        if let token = at(column, in: content) { return token }
        guard let matter = FrontMatterLines(text), matter.contains(line: line),
              let key = FrontMatterLines.key(of: line, in: text), key == "people" || key == "author" else { return nil }
        let characters = Array(content)
        let isHandle: (Character) -> Bool = { isWord($0) || "-_.".contains($0) }
        var start = min(column, characters.count), end = start
        while start > 0, isHandle(characters[start - 1]) { start -= 1 }
        while end < characters.count, isHandle(characters[end]) { end += 1 }
        if let colon = content.firstIndex(of: ":"), !content.hasPrefix(" "), !content.hasPrefix("-"),
           start <= content.distance(from: content.startIndex, to: colon) { return nil }
        while end > start, characters[end - 1] == "." { end -= 1 }
        guard end > start else { return nil }
        return Token(kind: .mention(String(characters[start..<end])), columns: start..<end)
    }

    private static func closingBrackets(_ characters: [Character], from start: Int) -> Int? {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == "]", characters[index + 1] == "]" { return index }
            if characters[index] == "[" { return nil }
            index += 1
        }
        return nil
    }

    static func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber }
}

/// Where an entry's front matter lies (FORMAT 2.1): lines counted from 0, the fences excluded.
struct FrontMatterLines {
    /// The first line after the opening fence.
    var first: Int
    /// The closing fence's line; nil when the front matter is never closed.
    var closing: Int?

    init?(_ text: DocumentText) {
        guard Self.isFence(text.line(0).replacingBOM, closing: false) else { return nil }
        first = 1
        closing = (1..<max(1, text.lineCount)).first { Self.isFence(text.line($0), closing: true) }
    }

    func contains(line: Int) -> Bool { line >= first && line < (closing ?? Int.max) }

    /// The front matter key a line belongs to: its own (`key: value`) or, for an indented or `- `
    /// line, the nearest key above it.
    static func key(of line: Int, in text: DocumentText) -> String? {
        var index = line
        while index >= 1 {
            let content = text.line(index)
            if let first = content.first, first != " ", first != "\t", first != "-", let colon = content.firstIndex(of: ":") {
                return String(content[..<colon])
            }
            index -= 1
        }
        return nil
    }

    /// The first line of the body.
    var bodyStart: Int? { closing.map { $0 + 1 } }

    private static func isFence(_ line: String, closing: Bool) -> Bool {
        let trimmed = line.trimmingSpaces
        return trimmed == "---" && line.hasPrefix("---") || closing && trimmed == "..." && line.hasPrefix("...")
    }
}

extension String {
    var replacingBOM: String { hasPrefix("\u{FEFF}") ? String(dropFirst()) : self }
}
