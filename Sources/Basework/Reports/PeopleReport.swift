/// Everyone known (`basework people`): role, standing, depth, first met, last one-to-one and open
/// follow-ups, each judged on the as-of day from the whole journal.
public struct PeopleReport: Report {
    /// One person.
    public struct Row: Encodable, Sendable {
        public var handle: String
        public var name: String
        public var role: Role
        public var group: String?
        /// On the as-of day; nil for anyone not `base`.
        public var standing: Standing?
        /// Deepest rung up to the as-of day; nil for people never met.
        public var depth: Rung?
        public var firstMet: Day?
        public var lastOneToOne: Day?
        /// Follow-ups naming them that are open or overdue on the as-of day.
        public var openFollowUps: Int

        enum CodingKeys: String, CodingKey {
            case handle, name, role, group, standing, depth, firstMet, lastOneToOne, openFollowUps
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(handle, forKey: .handle)
            try container.encode(name, forKey: .name)
            try container.encode(role.rawValue, forKey: .role)
            try container.encode(group, forKey: .group)
            try container.encode(standing?.rawValue, forKey: .standing)
            try container.encode(depth?.tag, forKey: .depth)
            try container.encode(firstMet, forKey: .firstMet)
            try container.encode(lastOneToOne, forKey: .lastOneToOne)
            try container.encode(openFollowUps, forKey: .openFollowUps)
        }
    }

    /// Sorted by handle. Without filters: the roster and everyone met up to the as-of day; with
    /// `--author` or `--struggle`: people with an interaction in a matching entry.
    public var people: [Row]

    public init(_ input: ReportInput) {
        let (journal, history, query) = (input.journal, input.history, input.query)
        let asOf = query.asOf
        var handles = Set<String>()
        var open: [String: Int] = [:]
        if !query.isFiltered { handles.formUnion(journal.roster.people.keys) }
        for index in 0..<journal.entriesEnd(through: asOf)
        where !query.isFiltered || query.matches(journal.entries[index], journal) {
            for interaction in journal.entries[index].interactions { handles.insert(interaction.handle) }
            for followUp in journal.entries[index].followUps {
                switch FollowUpState(of: followUp, inEntry: index, journal: journal, history: history, on: asOf) {
                case .open, .overdue: for handle in followUp.people { open[handle, default: 0] += 1 }
                case .done, .satisfied: break
                }
            }
        }
        people = handles.sorted().map { handle in
            let person = journal.roster.person(handle)
            return Row(handle: handle, name: person.name, role: person.role, group: person.group,
                       standing: person.role.isBase ? history.standing(of: person, on: asOf) : nil,
                       depth: history.depth(of: handle, through: asOf),
                       firstMet: history.meetings(of: handle, through: asOf).first?.date,
                       lastOneToOne: history.lastOneToOne(of: handle, through: asOf),
                       openFollowUps: open[handle] ?? 0)
        }
    }
}
