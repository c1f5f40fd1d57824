import Basework

/// Quick fixes (LSP `textDocument/codeAction`, kind `quickfix`) for the diagnostics of a range: add
/// an unknown person to `people.yml`, take a suggested spelling of a key, tag or handle, fill in a
/// missing `duration`. Each is a workspace edit for the client to apply.
struct QuickFixes {
    let state: JournalState
    let text: DocumentText
    let uri: String
    let rosterURI: String
    let encoding: PositionEncoding

    /// The placeholder a filled-in duration gets.
    static let durationPlaceholder = "1h"

    func actions(for diagnostics: [Diagnostic], in range: Range) -> [CodeAction] {
        var actions: [CodeAction] = []
        for diagnostic in diagnostics {
            let lsp = LSPDiagnostic(diagnostic, in: text, encoding)
            guard lsp.range.start.line <= range.end.line, lsp.range.end.line >= range.start.line else { continue }
            let start = SourcePosition(line: diagnostic.line, column: diagnostic.column)
            if let suggestion = Self.suggestion(in: diagnostic.message), let fix = replacement(at: start, with: suggestion, rule: diagnostic.rule) {
                actions.append(CodeAction(title: "Change to \(suggestion)", diagnostics: [lsp], isPreferred: true,
                                          edit: WorkspaceEdit(changes: [uri: [fix]])))
            }
            switch diagnostic.rule {
            case .unknownPerson:
                if let handle = handle(at: start), let edit = addPerson(handle) {
                    actions.append(CodeAction(title: "Add \(handle) to people.yml", diagnostics: [lsp], isPreferred: nil, edit: edit))
                }
            case .missingDuration:
                if let edit = fillDuration(at: start) {
                    actions.append(CodeAction(title: "Fill in duration: \(Self.durationPlaceholder)", diagnostics: [lsp],
                                              isPreferred: true, edit: WorkspaceEdit(changes: [uri: [edit]])))
                }
            default:
                break
            }
        }
        return actions
    }

    /// The word a message suggests: what follows "did you mean", without `@`, `#`, backticks or `?`.
    static func suggestion(in message: String) -> String? {
        guard let found = message.range(of: "did you mean ") else { return nil }
        let word = message[found.upperBound...].prefix { !$0.isWhitespace }
        let cleaned = word.filter { $0 != "`" && $0 != "?" && $0 != "@" && $0 != "#" && $0 != "\"" }
        return cleaned.isEmpty ? nil : String(cleaned)
    }

    /// Replaces the key, hashtag or handle at a diagnostic with a suggestion.
    private func replacement(at start: SourcePosition, with suggestion: String, rule: Diagnostic.Rule) -> TextEdit? {
        let line = text.line(start.line - 1)
        let characters = Array(line)
        var from = start.column - 1
        guard from < characters.count else { return nil }
        if characters[from] == "@" || characters[from] == "#" { from += 1 }
        var to = from
        let stops: Set<Character> = [":", " ", "\t", ",", "]", ")"]
        while to < characters.count, !stops.contains(characters[to]) { to += 1 }
        while to > from, characters[to - 1] == "." { to -= 1 }
        guard to > from else { return nil }
        return TextEdit(range: Range(start: text.position(of: SourcePosition(line: start.line, column: from + 1), encoding),
                                     end: text.position(of: SourcePosition(line: start.line, column: to + 1), encoding)),
                        newText: suggestion)
    }

    /// The handle written at a position: a mention, a wikilink or a front matter `people` item.
    private func handle(at start: SourcePosition) -> String? {
        let line = text.line(start.line - 1)
        if let token = Token.at(start.column - 1, in: line) {
            switch token.kind {
            case .mention(let written), .wikilink(let written): return written.lowercased()
            case .hashtag: return nil
            }
        }
        let rest = Array(line).dropFirst(start.column - 1).prefix { !" \t,]".contains($0) }
        let word = String(rest).trimmingCharacters(in: "@[]\"'")
        return word.isEmpty ? nil : word.lowercased()
    }

    /// Appends a person to `people.yml`, with a name and role for the organizer to fill in.
    private func addPerson(_ handle: String) -> WorkspaceEdit? {
        guard let roster = state.rosterText else { return nil }
        let last = roster.lineCount - 1
        let end = Position(line: last, character: encoding.units(roster.line(last)))
        let lead = roster.line(last).isEmpty ? "" : "\n"
        let block = "\(lead)\(handle):\n  name: \(handle)\n  role: base\n"
        return WorkspaceEdit(changes: [rosterURI: [TextEdit(range: Range(start: end, end: end), newText: block)]])
    }

    /// Gives an empty `duration:` a value, or adds the key after `date` (or before the closing fence).
    private func fillDuration(at start: SourcePosition) -> TextEdit? {
        let line = text.line(start.line - 1)
        if line.hasPrefix("duration") {
            let end = Position(line: start.line - 1, character: encoding.units(line))
            return TextEdit(range: Range(start: end, end: end), newText: (line.hasSuffix(" ") ? "" : " ") + Self.durationPlaceholder)
        }
        guard let matter = FrontMatterLines(text), let closing = matter.closing else { return nil }
        let after = (matter.first..<closing).first { text.line($0).hasPrefix("date:") }.map { $0 + 1 } ?? closing
        let at = Position(line: after, character: 0)
        return TextEdit(range: Range(start: at, end: at), newText: "duration: \(Self.durationPlaceholder)\n")
    }
}

extension String {
    func trimmingCharacters(in characters: String) -> String {
        var result = self[...]
        while let first = result.first, characters.contains(first) { result = result.dropFirst() }
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
