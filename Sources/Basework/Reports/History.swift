/// Every person's interactions across the whole journal, in date order, with the derived
/// `followed-up` rung applied (FORMAT 3.2). Built once per run; every report reads from it.
public struct History: Sendable {
    /// One interaction of one person, placed in time.
    public struct Meeting: Sendable {
        /// Index into `Journal.entries`.
        public var entry: Int
        public var date: Day
        /// The rung after FORMAT 3.2: a one-to-one dated after the person's first one-to-one
        /// counts as at least `followed-up`.
        public var rung: Rung
        /// The interaction as read.
        public var interaction: Interaction
    }

    /// By canonical handle, in entry order (date, then path).
    public private(set) var meetings: [String: [Meeting]] = [:]
    /// For each entry (by index), its interactions' effective rungs, in the entry's order.
    public private(set) var rungs: [[Rung]]

    public init(_ journal: Journal) {
        rungs = journal.entries.map { _ in [] }
        var firstOneToOne: [String: Day] = [:]
        for (index, entry) in journal.entries.enumerated() {
            for interaction in entry.interactions {
                var rung = interaction.rung
                if rung.isOneToOne {
                    if let first = firstOneToOne[interaction.handle] {
                        if entry.date > first { rung = max(rung, .followedUp) }
                    } else {
                        firstOneToOne[interaction.handle] = entry.date
                    }
                }
                rungs[index].append(rung)
                meetings[interaction.handle, default: []].append(
                    Meeting(entry: index, date: entry.date, rung: rung, interaction: interaction))
            }
        }
    }

    /// Every handle with at least one interaction.
    public var handles: Dictionary<String, [Meeting]>.Keys { meetings.keys }

    /// The person's meetings dated on or before a day.
    public func meetings(of handle: String, through day: Day) -> ArraySlice<Meeting> {
        let all = meetings[handle] ?? []
        var end = all.count
        while end > 0 && all[end - 1].date > day { end -= 1 }
        return all[..<end]
    }

    /// The deepest rung reached up to and including a day (FORMAT 3.2); nil before the first meeting.
    public func depth(of handle: String, through day: Day) -> Rung? {
        meetings(of: handle, through: day).map(\.rung).max()
    }

    /// The standing on a day, judged from meetings dated strictly before it (FORMAT 3.1);
    /// a roster standing fixes it.
    public func standing(of person: Person, before day: Day) -> Standing {
        if let fixed = person.standing { return fixed }
        return Standing(deepest: depth(of: person.handle, through: day.adding(days: -1)))
    }

    /// The standing on a day including that day's meetings, for listings on a period's end or the as-of day.
    public func standing(of person: Person, on day: Day) -> Standing {
        if let fixed = person.standing { return fixed }
        return Standing(deepest: depth(of: person.handle, through: day))
    }

    /// The date of the person's first meeting ever.
    public func firstMet(_ handle: String) -> Day? { meetings[handle]?.first?.date }

    /// The date of the person's last one-to-one up to and including a day.
    public func lastOneToOne(of handle: String, through day: Day) -> Day? {
        meetings(of: handle, through: day).last(where: { $0.rung.isOneToOne })?.date
    }
}
