/// Union charting (REPORTS `coverage`): how much of the base was reached by the period's end, group by group.
///
/// The base is every `base` person on the roster and every handle mentioned in an entry dated up to the
/// period's end that the roster does not know (as `base`, with no group). It is judged from the whole journal:
/// `--author` and `--struggle` do not narrow it.
public struct CoverageReport: Report {
    /// The figures over a set of base people.
    public struct Figures: Hashable, Encodable, Sendable {
        public var people: Int
        /// With an interaction dated up to the period's end.
        public var reached: Int
        /// With a one-to-one (rung `talked` or deeper) dated up to the period's end.
        public var oneToOne: Int
        /// With an interaction dated in the period.
        public var reachedInPeriod: Int
        /// Every rung, shallowest first: the reached people whose depth at the period's end is that rung.
        public var ladder: [LadderStep]

        /// Reached, with no one-to-one yet.
        public var onlyOneToMany: Int { reached - oneToOne }
        /// Never reached.
        public var notReached: Int { people - reached }

        /// `oneToOne` over `people`; 0 when there is no one.
        public var share: Double { people == 0 ? 0 : Double(oneToOne) / Double(people) }

        enum CodingKeys: String, CodingKey { case people, reached, oneToOne, reachedInPeriod, share, ladder }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(people, forKey: .people)
            try container.encode(reached, forKey: .reached)
            try container.encode(oneToOne, forKey: .oneToOne)
            try container.encode(reachedInPeriod, forKey: .reachedInPeriod)
            try container.encode(ReportNumber.share(share), forKey: .share)
            try container.encode(ladder, forKey: .ladder)
        }
    }

    /// One roster group, or the base people with no group.
    public struct Group: Hashable, Encodable, Sendable {
        /// The roster's `group`; nil for base people with none.
        public var name: String?
        public var figures: Figures
        /// Handles never reached, sorted.
        public var notReached: [String]
        /// Handles reached with no one-to-one yet, sorted.
        public var onlyOneToMany: [String]

        enum CodingKeys: String, CodingKey { case group, notReached, onlyOneToMany }

        /// `group` (null for no group), the figures, then the two lists.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            if let name { try container.encode(name, forKey: .group) } else { try container.encodeNil(forKey: .group) }
            try figures.encode(to: encoder)
            try container.encode(notReached, forKey: .notReached)
            try container.encode(onlyOneToMany, forKey: .onlyOneToMany)
        }
    }

    /// One per roster group that holds a base person, by name, then the people with no group, if any.
    public var groups: [Group]
    /// The same figures over the whole base.
    public var total: Figures

    /// Judged on the query's period end; its as-of day and filters are not used.
    public init(_ input: ReportInput) {
        let (journal, history, query) = (input.journal, input.history, input.query)
        let end = query.period.to
        let base = CoverageReport.base(journal, history, through: end)
        var byGroup: [String?: [String]] = [:]
        for handle in base { byGroup[journal.roster.person(handle).group, default: []].append(handle) }
        let names = byGroup.keys.compactMap { $0 }.sorted { a, b in
            a.lowercased() != b.lowercased() ? a.lowercased() < b.lowercased() : a < b
        }
        let ordered: [String?] = names + (byGroup[nil] == nil ? [] : [nil])
        groups = ordered.map { name in
            let handles = byGroup[name]!.sorted()
            let depths = handles.map { history.depth(of: $0, through: end) }
            return Group(name: name, figures: CoverageReport.figures(handles, history, query.period),
                         notReached: zip(handles, depths).filter { $0.1 == nil }.map(\.0),
                         onlyOneToMany: zip(handles, depths).filter { $0.1 == .present }.map(\.0))
        }
        total = CoverageReport.figures(base, history, query.period)
    }

    /// The base on a day: the roster's base people, and the handles not on the roster that an entry dated
    /// up to that day mentions (in an interaction or a follow-up).
    static func base(_ journal: Journal, _ history: History, through day: Day) -> [String] {
        var base = Set(journal.roster.people.values.filter { $0.role.isBase }.map(\.handle))
        for handle in history.mentioned(through: day) where journal.roster.people[handle] == nil { base.insert(handle) }
        return base.sorted()
    }

    static func figures(_ handles: [String], _ history: History, _ period: Period) -> Figures {
        var reached = 0, oneToOne = 0, inPeriod = 0
        var ladder = Dictionary(uniqueKeysWithValues: Rung.allCases.map { ($0, 0) })
        for handle in handles {
            guard let deepest = history.depth(of: handle, through: period.to) else { continue }
            reached += 1
            ladder[deepest]! += 1
            if deepest.isOneToOne { oneToOne += 1 }
            if !history.meetings(of: handle, from: period.from, through: period.to).isEmpty { inPeriod += 1 }
        }
        return Figures(people: handles.count, reached: reached, oneToOne: oneToOne, reachedInPeriod: inPeriod,
                       ladder: Rung.allCases.map { LadderStep(rung: $0, people: ladder[$0]!) })
    }
}
