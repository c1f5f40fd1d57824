import Basework

/// Go to definition, references, document symbols and workspace symbols.
enum Navigation {
    /// The roster person a wikilink names: by handle, alias or name, case ignored (FORMAT 2.2).
    static func person(named target: String, in roster: Roster) -> String? {
        let lowered = target.lowercased()
        if roster.knows(lowered) { return roster.canonical(lowered) }
        return roster.people.values.first { $0.name.lowercased() == lowered }?.handle
    }

    /// The canonical handle of the person a token names, if it names one.
    static func handle(of token: Token, in roster: Roster) -> String? {
        switch token.kind {
        case .mention(let written): roster.canonical(written)
        case .wikilink(let target): person(named: target, in: roster)
        case .hashtag: nil
        }
    }

    /// The last line (from 0) of the person's block that starts on a line of `people.yml`: the block
    /// runs to the next line that starts a top-level key, in column 1 (FORMAT 4), blank and comment
    /// lines at its end left out.
    static func blockEnd(from line: Int, in text: DocumentText) -> Int {
        var next = line + 1
        while next < text.lineCount {
            let content = text.line(next)
            if let first = content.first, !" \t#-".contains(first) { break }
            next += 1
        }
        var last = next - 1
        while last > line, text.line(last).trimmingSpaces.isEmpty || text.line(last).trimmingSpaces.hasPrefix("#") { last -= 1 }
        return last
    }

    /// The person's block in `people.yml`, from their handle (the roster's `places`) to the end of
    /// their last line.
    static func definition(of handle: String, state: JournalState, uri: String, _ encoding: PositionEncoding) -> Location? {
        guard let roster = state.rosterText, let key = state.roster.places[handle] else { return nil }
        let end = blockEnd(from: key.start.line - 1, in: roster)
        let range = Range(start: roster.position(of: key.start, encoding),
                          end: Position(line: end, character: encoding.units(roster.line(end))))
        return Location(uri: uri, range: range)
    }

    /// Where each entry that mentions the person does so: every mention and wikilink naming them and
    /// every `people` item, found in the entry's syntax (read again from the buffer or the file).
    static func references(to handle: String, state: JournalState, syntax: (String) -> (FileSyntax, DocumentText)?,
                           uri: (String) -> String, _ encoding: PositionEncoding) -> [Location] {
        let (journal, _) = state.model()
        var locations: [Location] = []
        for entry in journal.entries
        where entry.interactions.contains(where: { $0.handle == handle }) || entry.followUps.contains(where: { $0.people.contains(handle) }) {
            guard let (file, text) = syntax(entry.path), let parsed = file.entry else { continue }
            for range in SyntaxLookup.ranges(naming: handle, in: parsed, roster: state.roster) {
                locations.append(Location(uri: uri(entry.path),
                                          range: Range(start: text.position(of: range.start, encoding), end: text.position(of: range.end, encoding))))
            }
        }
        return locations
    }

    /// FORMAT 2.8's follow-up headings.
    static let followUpHeadings: Set<String> = ["follow-up", "follow up", "follow-ups", "followups", "next steps", "to do",
                                                "to-do", "todo", "tasks", "action items"]

    /// The entry's headings, nested by level, and the items of its follow-up sections under their heading.
    static func symbols(_ text: DocumentText, _ encoding: PositionEncoding) -> [DocumentSymbol] {
        var roots: [DocumentSymbol] = []
        /// Open headings: their level and the path of indices to them.
        var open: [(level: Int, symbol: DocumentSymbol)] = []
        var followUpLevel: Int?
        var fence: String?
        func lineRange(_ line: Int) -> Range {
            Range(start: Position(line: line, character: 0), end: Position(line: line, character: encoding.units(text.line(line))))
        }
        func close(downTo level: Int) {
            while let last = open.last, last.level >= level {
                open.removeLast()
                if open.isEmpty { roots.append(last.symbol) } else { open[open.count - 1].symbol.children!.append(last.symbol) }
            }
        }
        let start = FrontMatterLines(text)?.bodyStart ?? 0
        for line in start..<max(start, text.lineCount) {
            let content = text.line(line)
            let trimmed = String(content.trimmingSpaces)
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            let hashes = content.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), content.dropFirst(hashes).first.map({ $0 == " " || $0 == "\t" }) ?? true {
                var title = String(content.dropFirst(hashes).trimmingSpaces)
                while title.hasSuffix("#") { title = String(title.dropLast().trimmingSpaces) }
                close(downTo: hashes)
                var name = title.lowercased()
                if name.hasSuffix(":") { name.removeLast() }
                followUpLevel = followUpHeadings.contains(name) ? hashes : (followUpLevel.map { hashes <= $0 ? nil : $0 } ?? nil)
                let symbol = DocumentSymbol(name: title.isEmpty ? "(heading)" : title, detail: nil, kind: 15,
                                            range: lineRange(line), selectionRange: lineRange(line), children: [])
                open.append((hashes, symbol))
                continue
            }
            guard followUpLevel != nil, let item = listItem(content) else { continue }
            let symbol = DocumentSymbol(name: item, detail: "follow-up", kind: 24, range: lineRange(line),
                                        selectionRange: lineRange(line), children: nil)
            if open.isEmpty { roots.append(symbol) } else { open[open.count - 1].symbol.children!.append(symbol) }
        }
        close(downTo: 0)
        return roots
    }

    /// The text of a list item's first line (`- `, `* `, `+ `, `1. ` or `1) `), without the marker.
    private static func listItem(_ line: String) -> String? {
        let content = line.trimmingSpaces
        if let first = content.first, "-*+".contains(first), content.dropFirst().first == " " {
            return String(content.dropFirst(2).trimmingSpaces)
        }
        let digits = content.prefix { $0.isNumber }
        let rest = content.dropFirst(digits.count)
        if !digits.isEmpty, let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " {
            return String(rest.dropFirst(2).trimmingSpaces)
        }
        return nil
    }

    /// People whose name or handle contains the query (case ignored), placed at their handle in `people.yml`.
    static func workspaceSymbols(_ query: String, state: JournalState, uri: String, _ encoding: PositionEncoding) -> [SymbolInformation] {
        let query = query.lowercased()
        guard let text = state.rosterText else { return [] }
        return state.roster.people.values.sorted { $0.handle < $1.handle }.compactMap { person in
            guard query.isEmpty || person.name.lowercased().contains(query) || person.handle.contains(query),
                  let key = state.roster.places[person.handle] else { return nil }
            let range = Range(start: text.position(of: key.start, encoding), end: text.position(of: key.end, encoding))
            return SymbolInformation(name: person.name, kind: 13, location: Location(uri: uri, range: range),
                                     containerName: Vocabulary.detail(of: person))
        }
    }
}
