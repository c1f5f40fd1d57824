/// How often each tag or struggle is used in the journal (`basework tags`, `basework struggles`): the
/// number of entries that use it and the date of the last one, most used first, then by name.
public struct UsageReport: Sendable, Encodable {
    /// What is counted: front matter tags and free hashtags, or struggles.
    public enum Kind: String, Sendable {
        case tags, struggles
    }

    /// One tag or struggle.
    public struct Use: Sendable, Hashable, Encodable {
        public var name: String
        public var entries: Int
        public var last: Day
    }

    public var kind: Kind
    public var uses: [Use]

    /// Tags are the entries' front matter tags and the free hashtags on their interactions (lower case);
    /// rung tags and `#first-time` are not free tags and are not listed. Struggles are compared ignoring case
    /// and shown as first written.
    public init(_ journal: Journal, _ kind: Kind) {
        self.kind = kind
        var found: [String: Use] = [:]
        for entry in journal.entries {
            let names: [String] = switch kind {
            case .tags: Array(Set(entry.tags + entry.interactions.flatMap(\.tags)))
            case .struggles: entry.struggle.map { [$0] } ?? []
            }
            for name in names {
                let key = name.lowercased()
                var use = found[key] ?? Use(name: name, entries: 0, last: entry.date)
                use.entries += 1
                use.last = max(use.last, entry.date)
                found[key] = use
            }
        }
        uses = found.values.sorted { $0.entries != $1.entries ? $0.entries > $1.entries : $0.name < $1.name }
    }

    /// `{"tags": [{"tag": …, "entries": …, "last": …}]}` (or `struggles`, `struggle`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: ListKey.self)
        var list = container.nestedUnkeyedContainer(forKey: ListKey(kind.rawValue))
        for use in uses {
            var item = list.nestedContainer(keyedBy: ListKey.self)
            try item.encode(use.name, forKey: ListKey(kind == .tags ? "tag" : "struggle"))
            try item.encode(use.entries, forKey: ListKey("entries"))
            try item.encode(use.last, forKey: ListKey("last"))
        }
    }

    /// A key named at run time.
    struct ListKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
