/// Every person's interactions across the whole journal, in date order, with the derived
/// `followed-up` rung applied (FORMAT 3.2). Built once per run; every report reads from it.
public struct History: Sendable {
    /// One interaction of one person, placed in time.
    public struct Meeting: Hashable, Sendable {
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

    /// What is gathered from one range of entries: each handle met in it, by the slot it was first given,
    /// and the entries' rungs, with FORMAT 3.2 applied within the range.
    private struct Part {
        var slots: [String: Int] = [:]
        var people: [Gathered] = []
        var rungs: [[Rung]] = []
    }

    /// How many ranges of entries are gathered apart, on all cores.
    static let parts = 4

    public init(_ journal: Journal) { self.init(journal, parts: History.parts) }

    /// Gathers `parts` ranges of entries apart (on all cores), then joins them in order: what FORMAT 3.2
    /// derives from an earlier range's first one-to-one is applied to the later ranges' meetings as they join.
    init(_ journal: Journal, parts: Int) {
        let count = journal.entries.count
        let gathered = OnAllCores.values(OnAllCores.ranges(count, parts: parts).map { range in
            { History.gather(journal, range) }
        })
        var slots: [String: Int] = [:]
        var people: [Gathered] = []
        rungs = []
        rungs.reserveCapacity(count)
        for part in gathered {
            rungs += part.rungs
            for var person in part.people {
                guard let slot = slots[person.handle] else {
                    slots[person.handle] = people.count
                    people.append(person)
                    continue
                }
                if let first = people[slot].firstOneToOne, let firstHere = person.firstOneToOne {
                    // Within the range, only one-to-ones on its own first one-to-one's day can be left to deepen.
                    for index in person.meetings.indices {
                        let meeting = person.meetings[index]
                        guard meeting.date <= firstHere else { break }
                        if meeting.rung.isOneToOne && meeting.date > first && meeting.rung < .followedUp {
                            person.meetings[index].rung = .followedUp
                            rungs[meeting.entry][meeting.position] = .followedUp
                        }
                    }
                }
                people[slot].firstOneToOne = people[slot].firstOneToOne ?? person.firstOneToOne
                people[slot].firstNamedInFollowUp = people[slot].firstNamedInFollowUp ?? person.firstNamedInFollowUp
                people[slot].meetings += person.meetings
            }
        }
        for person in people {
            if !person.meetings.isEmpty { meetings[person.handle] = person.meetings }
            if let named = person.firstNamedInFollowUp { firstNamedInFollowUp[person.handle] = named }
        }
    }

    /// The meetings and mentions of the entries at `range`, with one dictionary look-up per mention.
    private static func gather(_ journal: Journal, _ range: Range<Int>) -> Part {
        var part = Part()
        part.rungs.reserveCapacity(range.count)
        func slot(_ handle: String) -> Int {
            if let known = part.slots[handle] { return known }
            part.slots[handle] = part.people.count
            part.people.append(Gathered(handle: handle))
            return part.people.count - 1
        }
        for index in range {
            let date = journal.entries[index].date
            let interactions = journal.entries[index].interactions
            var entryRungs: [Rung] = []
            entryRungs.reserveCapacity(interactions.count)
            for position in interactions.indices {
                let person = slot(interactions[position].handle)
                var rung = interactions[position].rung
                if rung.isOneToOne {
                    if let first = part.people[person].firstOneToOne {
                        if date > first { rung = max(rung, .followedUp) }
                    } else {
                        part.people[person].firstOneToOne = date
                    }
                }
                entryRungs.append(rung)
                part.people[person].meetings.append(Meeting(entry: index, date: date, rung: rung, position: position))
            }
            part.rungs.append(entryRungs)
            for followUp in journal.entries[index].followUps {
                for handle in followUp.people {
                    let person = slot(handle)
                    if part.people[person].firstNamedInFollowUp == nil { part.people[person].firstNamedInFollowUp = date }
                }
            }
        }
        return part
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
