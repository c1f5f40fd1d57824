/// Is the period's work justified (REPORTS `justifications`): the entries that need a justification
/// (FORMAT 3.5), with it quoted, or flagged as missing.
public struct JustificationsReport: Report {
    /// An entry that needs a justification.
    public struct Item: Encodable, Sendable {
        /// The entry's path.
        public var entry: String
        public var date: Day
        public var title: String?
        /// The rules that apply, in FORMAT 3.5's order; never empty.
        public var rules: [JustificationRule]
        /// The entry's base share of person-time; nil with no person-time.
        public var baseShare: Double?
        /// The entry's aim, given or inferred; nil with no aim.
        public var aim: EntryAim?
        /// The justification as written; nil when it is missing.
        public var text: String?

        enum CodingKeys: String, CodingKey { case entry, date, title, rules, baseShare, aim, aimInferred, text }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(entry, forKey: .entry)
            try container.encode(date.description, forKey: .date)
            try container.encode(title, forKey: .title)
            try container.encode(rules.map(\.rawValue), forKey: .rules)
            try container.encode(baseShare.map(ReportNumber.share), forKey: .baseShare)
            try container.encode(aim?.aim.rawValue, forKey: .aim)
            try container.encode(aim?.isInferred ?? false, forKey: .aimInferred)
            if let text { try container.encode(text, forKey: .text) }
        }
    }

    /// Entries in the period that need a justification.
    public var required: Int
    /// Those with none, by date, then path.
    public var missing: [Item]
    /// Those with one, by date, then path.
    public var given: [Item]

    public init(_ input: ReportInput) {
        let (journal, history, query) = (input.journal, input.history, input.query)
        var missing: [Item] = []
        var given: [Item] = []
        for index in query.countedEntries(in: journal) {
            let entry = journal.entries[index]
            let time = PersonTime(journal, history, entry: index)
            let aim = EntryAim(entry, time)
            let rules = JustificationRule.applying(to: entry, time: time, aim: aim, rules: journal.settings.justify)
            guard !rules.isEmpty else { continue }
            let text = entry.justification.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            let item = Item(entry: entry.path, date: entry.date, title: entry.title, rules: rules,
                            baseShare: time.baseShare, aim: aim, text: text)
            if text == nil { missing.append(item) } else { given.append(item) }
        }
        required = missing.count + given.count
        self.missing = missing
        self.given = given
    }
}
