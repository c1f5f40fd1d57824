/// Who was reached in a period (REPORTS `reach`): named people, new and returning, one-to-one or only
/// one-to-many, and the unnamed crowd.
public struct ReachReport: Report {
    /// One person with an interaction in the period.
    public struct Reached: Encodable, Sendable {
        public var handle: String
        public var name: String
        public var role: Role
        /// On the period's end, from the whole journal; nil for anyone not `base`, who has no standing.
        public var standing: Standing?
        /// Interactions in the period's counted entries.
        public var interactions: Int
        /// The deepest effective rung (FORMAT 3.2) of those interactions.
        public var deepest: Rung
        /// Their first interaction ever is in the period.
        public var firstContact: Bool

        enum CodingKeys: String, CodingKey { case handle, name, role, standing, interactions, deepest, firstContact }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(handle, forKey: .handle)
            try container.encode(name, forKey: .name)
            try container.encode(role.rawValue, forKey: .role)
            try container.encode(standing?.rawValue, forKey: .standing)
            try container.encode(interactions, forKey: .interactions)
            try container.encode(deepest.tag, forKey: .deepest)
            try container.encode(firstContact, forKey: .firstContact)
        }
    }

    /// Distinct people with an interaction in the period.
    public var people: Int
    /// Of them, those whose first interaction ever is in the period.
    public var firstContacts: Int
    /// Of them, those with a one-to-one in the period.
    public var oneToOne: Int
    /// The rest: reached only one-to-many.
    public var oneToManyOnly: Int
    /// The sum of the entries' `crowd`.
    public var crowd: Int
    /// People by role; only roles that occur.
    public var byRole: [Role: Int]
    /// Sorted by handle.
    public var list: [Reached]

    public init(_ input: ReportInput) {
        let (journal, history, query) = (input.journal, input.history, input.query)
        var counts: [String: Int] = [:]
        var deepest: [String: Rung] = [:]
        var crowd = 0
        for index in query.countedEntries(in: journal) {
            let entry = journal.entries[index]
            crowd += entry.crowd
            for (position, interaction) in entry.interactions.enumerated() {
                let rung = history.rungs[index][position]
                counts[interaction.handle, default: 0] += 1
                deepest[interaction.handle] = max(deepest[interaction.handle] ?? rung, rung)
            }
        }
        let end = query.period.to
        list = counts.keys.sorted().map { handle in
            let person = journal.roster.person(handle)
            return Reached(
                handle: handle, name: person.name, role: person.role,
                standing: person.role.isBase ? history.standing(of: person, on: end) : nil,
                interactions: counts[handle]!, deepest: deepest[handle]!,
                firstContact: history.firstMet(handle).map(query.period.contains) ?? false)
        }
        people = list.count
        firstContacts = list.count(where: \.firstContact)
        oneToOne = list.count(where: { $0.deepest.isOneToOne })
        oneToManyOnly = people - oneToOne
        self.crowd = crowd
        byRole = list.reduce(into: [:]) { $0[$1.role, default: 0] += 1 }
    }

    enum CodingKeys: String, CodingKey { case people, firstContacts, oneToOne, oneToManyOnly, crowd, byRole, list }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(people, forKey: .people)
        try container.encode(firstContacts, forKey: .firstContacts)
        try container.encode(oneToOne, forKey: .oneToOne)
        try container.encode(oneToManyOnly, forKey: .oneToManyOnly)
        try container.encode(crowd, forKey: .crowd)
        try container.encode(Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0.rawValue, byRole[$0] ?? 0) }),
                             forKey: .byRole)
        try container.encode(list, forKey: .list)
    }
}
