import Basework

/// Finds, in an entry's syntax (the first stage of reading, with exact ranges), the mention, wikilink,
/// `people` item or hashtag at a place: what hover, definition and references stand on. The reading
/// rules have already left out code, link destinations, HTML, escapes and bare URLs.
enum SyntaxLookup {
    /// Every mention and wikilink of the body, the follow-ups' included, in file order.
    static func mentions(in entry: EntrySyntax) -> [EntrySyntax.Mention] {
        (entry.contexts.flatMap(\.mentions) + entry.followUps.flatMap(\.mentions)).sorted { $0.range.start < $1.range.start }
    }

    /// The token at a position: a mention, a wikilink, a front matter `people` item (as a mention) or
    /// a hashtag, with its columns (from 0) on the position's line.
    static func token(at position: SourcePosition, in entry: EntrySyntax) -> Token? {
        func token(_ kind: Token.Kind, _ range: SourceRange) -> Token? {
            guard range.start.line == position.line, range.end.line == position.line,
                  range.start <= position, position <= range.end else { return nil }
            return Token(kind: kind, columns: (range.start.column - 1)..<(range.end.column - 1))
        }
        for mention in mentions(in: entry) where mention.range.start.line == position.line {
            if let found = token(mention.isWikilink ? .wikilink(mention.handle) : .mention(mention.handle), mention.range) { return found }
        }
        for person in entry.people where person.range.start.line == position.line {
            if let found = token(.mention(person.text), person.range) { return found }
        }
        for hashtag in entry.contexts.flatMap(\.hashtags) where hashtag.range.start.line == position.line {
            if let found = token(.hashtag(hashtag.text), hashtag.range) { return found }
        }
        return nil
    }

    /// The ranges in an entry where a person is named: mentions and wikilinks that resolve to them,
    /// and `people` items.
    static func ranges(naming handle: String, in entry: EntrySyntax, roster: Roster) -> [SourceRange] {
        var ranges = mentions(in: entry).filter { mention in
            (mention.isWikilink ? Navigation.person(named: mention.handle, in: roster) : roster.canonical(mention.handle)) == handle
        }.map(\.range)
        ranges += entry.people.filter { roster.canonical($0.text) == handle }.map(\.range)
        return ranges.sorted { $0.start < $1.start }
    }
}
