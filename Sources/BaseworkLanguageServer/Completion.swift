import Basework

/// Completion (LSP `textDocument/completion`): people after `@` or `[[`, tags after `#`, and in the
/// front matter its keys and the values of `activity`, `mode`, `aim`, `struggle`, `people`, `tags`
/// and `author`. The server filters by what is typed and marks the list incomplete, so that each
/// keystroke asks again and a match on a name or alias is kept by every client.
struct Completion {
    let state: JournalState
    let text: DocumentText
    let encoding: PositionEncoding
    let today: Day

    func list(at position: Position) -> CompletionList {
        let line = text.line(position.line)
        let column = text.sourcePosition(of: position, encoding).column - 1
        if let matter = FrontMatterLines(text), matter.contains(line: position.line) {
            return CompletionList(isIncomplete: true, items: frontMatter(line: position.line, column: column, text: line))
        }
        guard let typing = Token.typing(before: column, in: line) else { return CompletionList(isIncomplete: false, items: []) }
        let range = range(position.line, typing.columns)
        switch typing.sigil {
        case "#": return CompletionList(isIncomplete: true, items: tags(typing.word, range))
        case "[[": return CompletionList(isIncomplete: true, items: people(typing.word, range, asWikilink: true))
        default: return CompletionList(isIncomplete: true, items: people(typing.word, range))
        }
    }

    private func range(_ line: Int, _ columns: Swift.Range<Int>) -> Range {
        Range(start: text.position(of: SourcePosition(line: line + 1, column: columns.lowerBound + 1), encoding),
              end: text.position(of: SourcePosition(line: line + 1, column: columns.upperBound + 1), encoding))
    }

    /// Roster handles and aliases, then handles seen in the journal and not in the roster, each kept
    /// when what is typed starts its handle, an alias or a word of the name.
    func people(_ typed: String, _ range: Range, asWikilink: Bool = false) -> [CompletionItem] {
        let typed = typed.lowercased()
        var items: [CompletionItem] = []
        let roster = state.roster
        for person in roster.people.values.sorted(by: { $0.handle < $1.handle }) {
            let names = person.name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            let byHandle = person.handle.hasPrefix(typed)
            guard byHandle || person.aliases.contains(where: { $0.hasPrefix(typed) }) || names.contains(where: { $0.hasPrefix(typed) })
            else { continue }
            items.append(item(person.handle, Vocabulary.detail(of: person), range, typed: typed, rank: byHandle ? 0 : 1,
                              asWikilink: asWikilink))
            for alias in person.aliases where alias.hasPrefix(typed) {
                items.append(item(alias, "alias of \(person.handle): \(Vocabulary.detail(of: person))", range, typed: typed,
                                  rank: 2, asWikilink: asWikilink))
            }
        }
        // The word being typed is itself "seen" in the open buffer: it is no suggestion.
        for handle in state.usage().unknownHandles where handle.hasPrefix(typed) && handle != typed && !roster.knows(handle) {
            items.append(item(handle, "seen in the journal, not in people.yml", range, typed: typed, rank: 3, asWikilink: asWikilink))
        }
        return items
    }

    private func item(_ handle: String, _ detail: String, _ range: Range, typed: String, rank: Int,
                      asWikilink: Bool) -> CompletionItem {
        CompletionItem(label: handle, kind: 18, detail: detail, sortText: "\(rank)-\(handle)",
                       filterText: handle.hasPrefix(typed) ? handle : "\(typed) \(handle)",
                       textEdit: TextEdit(range: range, newText: asWikilink ? handle + "]]" : handle))
    }

    /// The ladder's rungs with their meaning, `first-time`, `heat`, then the journal's free tags by frequency.
    func tags(_ typed: String, _ range: Range) -> [CompletionItem] {
        let typed = typed.lowercased()
        var items: [CompletionItem] = []
        for rung in Rung.allCases where rung.tag.hasPrefix(typed) {
            items.append(CompletionItem(label: rung.tag, kind: 14, detail: "rung \(rung.rawValue) of the ladder",
                                        documentation: MarkupContent(value: Vocabulary.meaning(of: rung)),
                                        sortText: "0-\(rung.rawValue)", filterText: rung.tag,
                                        textEdit: TextEdit(range: range, newText: rung.tag)))
        }
        for (tag, meaning) in [("first-time", Vocabulary.firstTime), ("heat", Vocabulary.heat)] where tag.hasPrefix(typed) {
            items.append(CompletionItem(label: tag, kind: 14, detail: meaning, documentation: MarkupContent(value: meaning),
                                        sortText: "1-\(tag)", filterText: tag, textEdit: TextEdit(range: range, newText: tag)))
        }
        let known = Set(Rung.allCases.map(\.tag) + ["first-time", "heat"])
        for (rank, (tag, count)) in state.usage().tags.enumerated() where tag.hasPrefix(typed) && !known.contains(tag) {
            items.append(CompletionItem(label: tag, kind: 12, detail: "free tag, used \(count) time\(count == 1 ? "" : "s")",
                                        sortText: "2-\(rankText(rank))", filterText: tag,
                                        textEdit: TextEdit(range: range, newText: tag)))
        }
        return items
    }

    /// Keys at the start of a line; after `key:` (or in a `- ` item under it, or in `[a, b`) its values.
    private func frontMatter(line: Int, column: Int, text lineText: String) -> [CompletionItem] {
        let characters = Array(lineText)
        let before = String(characters[0..<min(column, characters.count)])
        let trimmed = before.trimmingSpaces
        var key: String?
        var valueStart: Int
        if let colon = before.firstIndex(of: ":"), !before.hasPrefix(" "), !before.hasPrefix("-") {
            key = String(before[..<colon])
            valueStart = before.distance(from: before.startIndex, to: colon) + 1
        } else if trimmed.hasPrefix("-") {
            key = FrontMatterLines.key(of: line, in: text)
            valueStart = before.distance(from: before.startIndex, to: before.firstIndex(of: "-")!) + 1
        } else {
            let start = before.prefix { $0 == " " || $0 == "\t" }.count
            let typed = String(trimmed).lowercased()
            return Vocabulary.keys.filter { $0.key.hasPrefix(typed) }.enumerated().map { rank, pair in
                CompletionItem(label: pair.key, kind: 10, detail: pair.meaning, sortText: rankText(rank),
                               filterText: pair.key,
                               textEdit: TextEdit(range: range(line, max(0, start)..<column), newText: pair.key + ": "))
            }
        }
        // The value being typed: after the last `[`, `,` or space past the key.
        var start = valueStart
        for (offset, character) in characters[valueStart..<min(column, characters.count)].enumerated()
        where character == "[" || character == "," || character == " " || character == "@" {
            start = valueStart + offset + 1
        }
        let typed = String(characters[start..<min(column, characters.count)])
        let valueRange = range(line, start..<column)
        return values(for: key ?? "", typed: typed, valueRange)
    }

    private func values(for key: String, typed: String, _ range: Range) -> [CompletionItem] {
        let lowered = typed.lowercased()
        func word(_ value: String, _ detail: String?, _ rank: Int) -> CompletionItem? {
            guard value.hasPrefix(lowered) else { return nil }
            return CompletionItem(label: value, kind: 12, detail: detail, sortText: rankText(rank), filterText: value,
                                  textEdit: TextEdit(range: range, newText: value))
        }
        let usage = state.usage()
        switch key {
        case "activity":
            let inUse = usage.activities
            let all = Settings.builtInActivities + state.settings.activities + inUse.sorted()
            var seen = Set<String>()
            return all.filter { seen.insert($0).inserted }.enumerated().compactMap { word($1, inUse.contains($1) ? "in use" : nil, $0) }
        case "mode":
            return Mode.allCases.enumerated().compactMap { word($1.rawValue, Vocabulary.meaning(of: $1), $0) }
        case "aim":
            return Aim.allCases.enumerated().compactMap { word($1.rawValue, Vocabulary.meaning(of: $1), $0) }
        case "struggle":
            return usage.struggles.enumerated().compactMap { word($1.struggle, "\($1.count) entries", $0) }
        case "people", "author":
            return people(typed, range)
        case "tags":
            return tags(typed, range).filter { Rung(tag: $0.label) == nil && $0.label != "first-time" }
        case "date":
            return [word(today.description, "today", 0)].compactMap { $0 }
        default:
            return []
        }
    }
}

/// A rank as text that sorts as numbers do.
func rankText(_ rank: Int) -> String {
    let digits = String(rank)
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
}
