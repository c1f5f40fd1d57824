/// What to do about a YAML syntax error, found by looking at the text around the place libyaml stopped,
/// and the place the advice belongs: libyaml says what it expected, a person wants to know what to change.
struct YAMLHint: Equatable {
    let advice: String
    let at: String.Index

    /// The hint for libyaml's error `problem` (in `context`) at `problemAt`, whose context began at
    /// `contextAt`; nil when no common mistake fits.
    static func find(problem: String, context: String?, problemAt: String.Index, contextAt: String.Index?,
                     in text: Substring) -> YAMLHint? {
        if let tab = indentingTab(near: problemAt, in: text) {
            return YAMLHint(advice: "YAML does not allow tabs for indentation: use spaces", at: tab)
        }
        if problem == "found character that cannot start any token", problemAt < text.endIndex,
           ["@", "`"].contains(text[problemAt]) {
            return YAMLHint(advice: "remove the \(text[problemAt]) or quote it", at: problemAt)
        }
        if problem == "mapping values are not allowed in this context" {
            return YAMLHint(advice: "put the value in quotes", at: problemAt)
        }
        if let contextAt, contextAt < text.endIndex {
            switch (context, text[contextAt]) {
            case ("while parsing a flow sequence", "["), ("while parsing a flow mapping", "{"):
                guard !isClosed(bracketAt: contextAt, in: text) else { return nil }
                let (close, what) = text[contextAt] == "[" ? ("]", "item") : ("}", "key and value")
                return YAMLHint(advice: "this \(text[contextAt]) is never closed: add \(close) after its last \(what)", at: contextAt)
            case ("while scanning a quoted scalar", let quote) where problem == "found unexpected end of stream":
                return YAMLHint(advice: "this \(quote) is never closed: add one after the text it quotes", at: contextAt)
            default:
                return nil
            }
        }
        return nil
    }

    /// The first tab in the indentation of the line where libyaml stopped, or the tab it stopped at.
    private static func indentingTab(near at: String.Index, in text: Substring) -> String.Index? {
        if at < text.endIndex, text[at] == "\t" { return at }
        let lineStart = text[..<at].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let indentation = text[lineStart...].prefix { $0 == " " || $0 == "\t" }
        return indentation.firstIndex(of: "\t")
    }

    /// Whether the flow collection opened at `start` is closed before the text ends. Quotes count only
    /// where a flow value can start (`["a]", 'b']`), and `#` after a space starts a comment.
    static func isClosed(bracketAt start: String.Index, in text: Substring) -> Bool {
        var depth = 0
        var valueMayStart = true
        var index = start
        while index < text.endIndex {
            let character = text[index]
            switch character {
            case "[", "{":
                depth += 1
                valueMayStart = true
            case "]", "}":
                depth -= 1
                if depth == 0 { return true }
                valueMayStart = false
            case ",", ":", "?":
                valueMayStart = true
            case "\"" where valueMayStart, "'" where valueMayStart:
                index = closingQuote(character, after: index, in: text)
                valueMayStart = false
            case "#" where index > text.startIndex && text[text.index(before: index)].isWhitespace:
                index = text[index...].firstIndex(of: "\n") ?? text.endIndex
                continue
            case " ", "\t", "\n", "\r\n":
                break
            default:
                valueMayStart = false
            }
            guard index < text.endIndex else { break }
            index = text.index(after: index)
        }
        return false
    }

    /// The index of the quote that closes the one at `open`, or the end of the text.
    private static func closingQuote(_ quote: Character, after open: String.Index, in text: Substring) -> String.Index {
        var index = text.index(after: open)
        while index < text.endIndex {
            let character = text[index]
            if quote == "\"", character == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if character == quote {
                let next = text.index(after: index)
                guard quote == "'", next < text.endIndex, text[next] == "'" else { return index }
                index = text.index(after: next)
                continue
            }
            index = text.index(after: index)
        }
        return text.endIndex
    }
}
