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
