/// Reads `people.yml` (FORMAT 4): who is who, their roles, groups and aliases. One mistake loses one
/// person, never the roster: a file that is not valid YAML as a whole is read person by person.
enum RosterReader {
    static func read(_ source: SourceText, sink: inout DiagnosticSink) -> Roster {
        var roster = Reading()
        do {
            if let value = try YAMLReader.parse(source.text[...], firstLine: 1, growing: true) {
                roster.take(value, sink: &sink)
            }
        } catch {
            if case .tooComplex = error {
                YAMLReader.report(error, in: "roster", to: &sink)
            } else {
                readByPerson(source.text[...], whole: error, into: &roster, sink: &sink)
            }
        }
        return Roster(people: roster.people, aliases: roster.aliases, places: roster.places, exists: true)
    }

    static let fields = ["name", "role", "standing", "group", "aliases"]

    /// Reads each person's block on its own: each line that starts a top-level key in column 1 begins one.
    /// A block that does not read is an error at its first line, naming the person it loses. When every
    /// block reads and nothing is wrong with the people either, the whole file's failure is still said.
    private static func readByPerson(_ text: Substring, whole: YAMLReader.Failure, into roster: inout Reading,
                                     sink: inout DiagnosticSink) {
        let errors = sink.diagnostics.count(where: { $0.severity == .error })
        for block in blocks(of: text) {
            do {
                if let value = try YAMLReader.parse(block.text, firstLine: block.line, growing: true) {
                    roster.take(value, block: true, sink: &sink)
                }
            } catch {
                let at = SourcePosition(line: block.line, column: 1)
                let who = handle(startingBlock: block.text).map { "`\($0)` is left out of the roster" }
                    ?? "line \(block.line) of the roster is left out"
                switch error {
                case .syntax(let detail, let place):
                    sink.error(.badYAML, at: at, "\(who): it is not valid YAML at line \(place.line), column \(place.column): \(detail)")
                case .duplicateKey(let key, let place):
                    sink.error(.duplicateKey, at: at, "\(who): `\(key)` is given twice, the second time at line \(place.line); keep one")
                case .tooComplex(let detail, let place):
                    sink.error(.yamlTooComplex, at: at, "\(who): it is too complex to read at line \(place.line): \(detail)")
                }
            }
        }
        if sink.diagnostics.count(where: { $0.severity == .error }) == errors {
            YAMLReader.report(whole, in: "roster", to: &sink)
        }
    }

    /// The roster's text cut where a line starts a top-level key (not blank, not indented, not a comment,
    /// a list item, a document marker or the end of a flow collection). Lines before the first such line
    /// are a block of their own.
    static func blocks(of text: Substring) -> [(text: Substring, line: Int)] {
        var blocks: [(text: Substring, line: Int)] = []
        var start = text.startIndex
        var startLine = 1
        var line = 1
        var index = text.startIndex
        while index < text.endIndex {
            let end = text[index...].firstIndex(of: "\n") ?? text.endIndex
            if index > start, startsKey(text[index..<end]) {
                blocks.append((text[start..<index], startLine))
                start = index
                startLine = line
            }
            line += 1
            index = end < text.endIndex ? text.index(after: end) : end
        }
        if start < text.endIndex { blocks.append((text[start...], startLine)) }
        return blocks
    }

    private static func startsKey(_ line: Substring) -> Bool {
        guard let first = line.first, !" \t\r#]},".contains(first) else { return false }
        let content = line.trimmingTrailingSpace
        return !(content == "-" || line.hasPrefix("- ") || line.hasPrefix("-\t") || content == "---" || content == "...")
    }

    /// The handle a block's first line names, for messages: the text before its first `:`.
    private static func handle(startingBlock text: Substring) -> String? {
        let first = text.prefix { $0 != "\n" }
        guard startsKey(first), let colon = first.firstIndex(of: ":") else { return nil }
        let key = first[..<colon].trimmingTrailingSpace.trimmingCharacters(in: "\"'")
        return key.isEmpty ? nil : key
    }

    /// The people read so far, every handle and alias claimed, and where each person's handle is written.
    private struct Reading {
        var people: [Person] = []
        var aliases: [String: String] = [:]
        var places: [String: SourceRange] = [:]
        /// Handle or alias (lower case) to the canonical handle that claims it.
        var claimed: [String: String] = [:]

        /// Takes the people of a map; `block`: one person's block, read on its own.
        mutating func take(_ value: YAMLValue, block: Bool = false, sink: inout DiagnosticSink) {
            guard case .map(let pairs, _) = value else {
                // A block of only a document marker (`---`) holds no one and nothing wrong.
                if block && value.isNull { return }
                let what = block ? "this line must start a person (`maria-g:` and their fields below it)"
                                 : "people.yml must map each handle to a person (`maria-g: {name: Maria}`)"
                sink.error(.badRoster, at: value.range, "\(what), not \(value.shape)")
                return
            }
            for (key, keyAt, fields) in pairs {
                let handle = key.lowercased()
                if let owner = claimed[handle] {
                    if owner == handle, let first = places[handle] {
                        sink.error(.duplicateKey, at: keyAt, "\(key) is in the roster twice; the first, at line \(first.start.line), is kept")
                    } else {
                        sink.error(.aliasClaimed, at: keyAt, "\(key) is already \(owner)'s alias or handle; choose another handle")
                    }
                    continue
                }
                claimed[handle] = handle
                places[handle] = keyAt
                var person = Person(handle: handle)
                if case .map(let items, _) = fields {
                    for (field, fieldAt, item) in items {
                        read(field: field, fieldAt: fieldAt, value: item, into: &person, sink: &sink)
                    }
                } else if !fields.isNull {
                    sink.error(.badRoster, at: fields.range, "\(key) must have fields such as `name:` and `role:`, not \(fields.shape)")
                }
                people.append(person)
                for alias in person.aliases { aliases[alias] = person.handle }
            }
        }

        private mutating func read(field: String, fieldAt: SourceRange, value: YAMLValue, into person: inout Person,
                                   sink: inout DiagnosticSink) {
            switch field {
            case "name":
                if let text = value.string, !text.isEmpty { person.name = text }
            case "role":
                guard let text = value.string, let role = Role(rawValue: text.lowercased()) else {
                    sink.error(.badRoster, at: value.range, "role of \(person.handle) must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")), not \(value.shape)")
                    return
                }
                person.role = role
            case "standing":
                guard let text = value.string, let standing = Standing(rawValue: text.lowercased()) else {
                    sink.error(.badRoster, at: value.range, "standing of \(person.handle) must be new, involved or cadre, not \(value.shape)")
                    return
                }
                person.standing = standing
            case "group":
                if let text = value.string, !text.isEmpty { person.group = text }
            case "aliases":
                let items: [YAMLValue]
                switch value {
                case .list(let list, _): items = list
                case .scalar where !value.isNull: items = [value]
                default: items = []
                }
                for item in items {
                    guard let alias = item.string?.lowercased(), !alias.isEmpty else {
                        sink.error(.badRoster, at: item.range, "each alias of \(person.handle) must be a word, not \(item.shape)")
                        continue
                    }
                    if let owner = claimed[alias] {
                        sink.error(.aliasClaimed, at: item.range, "alias \(alias) of \(person.handle) is already claimed by \(owner); \(owner) keeps it")
                        continue
                    }
                    claimed[alias] = person.handle
                    person.aliases.append(alias)
                }
            default:
                let hint = KeySpelling.likelyKey(for: field, among: RosterReader.fields).map { ": did you mean `\($0)`?" } ?? "; it is ignored"
                sink.warning(.badRoster, at: fieldAt, "unknown field `\(field)` for \(person.handle)\(hint)")
            }
        }
    }
}

private extension Substring {
    var trimmingTrailingSpace: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return text
    }

    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
