/// A YAML value read from front matter, `people.yml` or `basework.yml`, with where it was written.
/// Scalars stay strings: basework decides what each key's value means, not YAML's tag rules.
indirect enum YAMLValue: Sendable {
    case scalar(String, SourceRange, quoted: Bool)
    case list([YAMLValue], SourceRange)
    case map([(key: String, keyAt: SourceRange, value: YAMLValue)], SourceRange)

    /// Where the value was written, from its first character to just after its last.
    var range: SourceRange {
        switch self {
        case .scalar(_, let at, _), .list(_, let at), .map(_, let at): at
        }
    }

    /// Where the value starts.
    var position: SourcePosition { range.start }

    /// The scalar's text; nil for a list or map.
    var string: String? {
        if case .scalar(let text, _, _) = self { return text }
        return nil
    }

    /// A word for what this is, for messages ("a list").
    var shape: String {
        switch self {
        case .scalar(let text, _, _): text.isEmpty ? "empty" : "\"\(text)\""
        case .list: "a list"
        case .map: "a map"
        }
    }

    /// An empty scalar, `~` or `null`, written without quotes.
    var isNull: Bool {
        if case .scalar(let text, _, let quoted) = self { return !quoted && ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    /// The same value, said to be written at `range`: what an alias (`*name`) stands for, placed at the alias.
    func placed(at range: SourceRange) -> YAMLValue {
        switch self {
        case .scalar(let text, _, let quoted): .scalar(text, range, quoted: quoted)
        case .list(let items, _): .list(items, range)
        case .map(let pairs, _): .map(pairs, range)
        }
    }
}

