/// Reads `people.yml` (FORMAT 4): who is who, their roles, groups and aliases.
enum RosterReader {
    static func read(_ source: SourceText, sink: inout DiagnosticSink) -> Roster {
        let value: YAMLValue?
        do {
            value = try YAMLReader.parse(source.text[...], firstLine: 1, growing: true)
        } catch {
            YAMLReader.report(error, in: "roster", to: &sink)
            return Roster(exists: true)
        }
        guard let value else { return Roster(exists: true) }
        guard case .map(let pairs, _) = value else {
            sink.error(.badRoster, at: value.position, "people.yml must map each handle to a person (`maria-g: {name: Maria}`), not \(value.shape)")
            return Roster(exists: true)
        }
        var people: [Person] = []
        var claimed: [String: String] = [:]
        for (key, keyAt, fields) in pairs {
            let handle = key.lowercased()
            guard claimed[handle] == nil else {
                sink.error(.aliasClaimed, at: keyAt, "\(key) is already \(claimed[handle]!)'s alias or handle; choose another handle")
                continue
            }
            claimed[handle] = handle
            var person = Person(handle: handle)
            if case .map(let items, _) = fields {
                for (field, fieldAt, item) in items {
                    read(field: field, fieldAt: fieldAt.start, value: item, into: &person, claimed: &claimed, sink: &sink)
                }
            } else if !fields.isNull {
                sink.error(.badRoster, at: fields.position, "\(key) must have fields such as `name:` and `role:`, not \(fields.shape)")
            }
            people.append(person)
        }
        var aliases: [String: String] = [:]
        for person in people { for alias in person.aliases { aliases[alias] = person.handle } }
        return Roster(people: people, aliases: aliases, exists: true)
    }

    static let fields = ["name", "role", "standing", "group", "aliases"]

    private static func read(field: String, fieldAt: SourcePosition, value: YAMLValue, into person: inout Person,
                             claimed: inout [String: String], sink: inout DiagnosticSink) {
        let at = value.position
        switch field {
        case "name":
            if let text = value.string, !text.isEmpty { person.name = text }
        case "role":
            guard let text = value.string, let role = Role(rawValue: text) else {
                sink.error(.badRoster, at: at, "role of \(person.handle) must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")), not \(value.shape)")
                return
            }
            person.role = role
        case "standing":
            guard let text = value.string, let standing = Standing(rawValue: text) else {
                sink.error(.badRoster, at: at, "standing of \(person.handle) must be new, involved or cadre, not \(value.shape)")
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
                    sink.error(.badRoster, at: item.position, "each alias of \(person.handle) must be a word, not \(item.shape)")
                    continue
                }
                if let owner = claimed[alias] {
                    sink.error(.aliasClaimed, at: item.position, "alias \(alias) of \(person.handle) is already claimed by \(owner); \(owner) keeps it")
                    continue
                }
                claimed[alias] = person.handle
                person.aliases.append(alias)
            }
        default:
            let hint = KeySpelling.likelyKey(for: field, among: fields).map { ": did you mean `\($0)`?" } ?? "; it is ignored"
            sink.warning(.badRoster, at: fieldAt, "unknown field `\(field)` for \(person.handle)\(hint)")
        }
    }
}
