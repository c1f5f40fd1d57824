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
        /// Index into that entry's `interactions`: the interaction as read.
        public var position: Int
    }

    /// By canonical handle, in entry order (date, then path).
    public private(set) var meetings: [String: [Meeting]] = [:]
    /// For each entry (by index), its interactions' effective rungs, in the entry's order.
    public private(set) var rungs: [[Rung]]
    /// By canonical handle, the date of the first entry whose follow-ups name the person.
    public private(set) var firstNamedInFollowUp: [String: Day] = [:]

    /// What is gathered about one handle while the journal is read through.
    private struct Gathered {
        var handle: String
        var meetings: [Meeting] = []
        var firstOneToOne: Day?
        var firstNamedInFollowUp: Day?
    }

    public init(_ journal: Journal) {
        rungs = []
        rungs.reserveCapacity(journal.entries.count)
        // One dictionary look-up per mention: what is gathered about each handle is kept by the slot
        // the handle was first given.
        var slots: [String: Int] = [:]
        var people: [Gathered] = []
        func slot(_ handle: String) -> Int {
            if let known = slots[handle] { return known }
            slots[handle] = people.count
            people.append(Gathered(handle: handle))
            return people.count - 1
        }
        for index in journal.entries.indices {
            let date = journal.entries[index].date
            let interactions = journal.entries[index].interactions
            var entryRungs: [Rung] = []
            entryRungs.reserveCapacity(interactions.count)
            for position in interactions.indices {
                let person = slot(interactions[position].handle)
                var rung = interactions[position].rung
                if rung.isOneToOne {
                    if let first = people[person].firstOneToOne {
                        if date > first { rung = max(rung, .followedUp) }
                    } else {
                        people[person].firstOneToOne = date
                    }
                }
                entryRungs.append(rung)
                people[person].meetings.append(Meeting(entry: index, date: date, rung: rung, position: position))
            }
            rungs.append(entryRungs)
            for followUp in journal.entries[index].followUps {
                for handle in followUp.people {
                    let person = slot(handle)
                    if people[person].firstNamedInFollowUp == nil { people[person].firstNamedInFollowUp = date }
                }
            }
        }
        for person in people {
            if !person.meetings.isEmpty { meetings[person.handle] = person.meetings }
            if let named = person.firstNamedInFollowUp { firstNamedInFollowUp[person.handle] = named }
        }
    }

    /// Every handle mentioned in an entry dated up to and including a day, in an interaction or a follow-up.
    public func mentioned(through day: Day) -> Set<String> {
        var handles: Set<String> = []
        for (handle, meetings) in meetings where meetings[0].date <= day { handles.insert(handle) }
        for (handle, named) in firstNamedInFollowUp where named <= day { handles.insert(handle) }
        return handles
    }

    /// Every handle with at least one interaction.
    public var handles: Dictionary<String, [Meeting]>.Keys { meetings.keys }

    /// The person's meetings dated on or before a day.
    public func meetings(of handle: String, through day: Day) -> ArraySlice<Meeting> {
        let all = meetings[handle] ?? []
        return all[..<History.end(of: all, through: day)]
    }

    /// The person's meetings dated from one day up to and including another.
    public func meetings(of handle: String, from start: Day, through day: Day) -> ArraySlice<Meeting> {
        let all = meetings[handle] ?? []
        let end = History.end(of: all, through: day)
        return all[min(History.end(of: all, through: start.adding(days: -1)), end)..<end]
    }

    /// The index of the first meeting dated after `day`; meetings are in date order, so it is found by halving.
    private static func end(of meetings: [Meeting], through day: Day) -> Int {
        var (low, high) = (0, meetings.count)
        while low < high {
            let middle = (low + high) / 2
            if meetings[middle].date <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The deepest rung reached up to and including a day (FORMAT 3.2); nil before the first meeting.
    public func depth(of handle: String, through day: Day) -> Rung? {
        let found = meetings(of: handle, through: day)
        var deepest: Rung?
        for index in found.indices where deepest.map({ found[index].rung > $0 }) ?? true { deepest = found[index].rung }
        return deepest
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
