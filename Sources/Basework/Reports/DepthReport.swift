/// How deeply the base was reached (REPORTS `depth`): where each base person stands on the ladder at
/// the period's end, and who moved up during it. Depth is judged from the whole journal; with filters,
/// only base people with an interaction in a matching entry dated up to the period's end are counted.
public struct DepthReport: Report {
    /// A base person deeper at the period's end than on the day before it began.
    public struct Move: Encodable, Sendable {
        public var handle: String
        public var name: String
        /// Nil for someone first met in the period.
        public var from: Rung?
        public var to: Rung

        enum CodingKeys: String, CodingKey { case handle, name, from, to }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(handle, forKey: .handle)
            try container.encode(name, forKey: .name)
            try container.encode(from?.tag, forKey: .from)
            try container.encode(to.tag, forKey: .to)
        }
    }

    /// Every rung, shallowest first.
    public var ladder: [LadderStep]
    /// Sorted by handle.
    public var movedUp: [Move]
    /// How many moved up to each rung; rungs no one moved up to are left out.
    public var movedUpTo: [Rung: Int]

    enum CodingKeys: String, CodingKey { case ladder, movedUp }

    public init(_ input: ReportInput) {
        let (journal, history, query) = (input.journal, input.history, input.query)
        let end = query.period.to
        let before = query.period.from.adding(days: -1)
        // Without filters, the people with an interaction dated up to the end are those met by then.
        var mentioned: Set<String> = []
        if query.isFiltered {
            for index in 0..<journal.entriesEnd(through: end) where query.matches(journal.entries[index], journal) {
                for interaction in journal.entries[index].interactions { mentioned.insert(interaction.handle) }
            }
        } else {
            for (handle, meetings) in history.meetings where meetings[0].date <= end { mentioned.insert(handle) }
        }
        let counted = mentioned.filter { journal.roster.person($0).role.isBase }
        var onRung: [Rung: Int] = [:]
        var movedUp: [Move] = []
        for handle in counted.sorted() {
            guard let depth = history.depth(of: handle, through: end) else { continue }
            onRung[depth, default: 0] += 1
            let earlier = history.depth(of: handle, through: before)
            if earlier.map({ depth > $0 }) ?? true {
                movedUp.append(Move(handle: handle, name: journal.roster.person(handle).name, from: earlier, to: depth))
            }
        }
        ladder = Rung.allCases.map { LadderStep(rung: $0, people: onRung[$0, default: 0]) }
        self.movedUp = movedUp
        movedUpTo = Dictionary(grouping: movedUp, by: \.to).mapValues(\.count)
    }
}
