/// One person's timeline (`basework person HANDLE`): who they are, every interaction with the time
/// spent, the follow-ups naming them with their state, and their depth over time, up to the as-of day.
public struct PersonReport: Report {
    /// One interaction, placed in time.
    public struct Meeting: Encodable, Sendable {
        public var date: Day
        public var entry: String
        public var line: Int
        public var activity: String?
        /// The effective rung (FORMAT 3.2).
        public var rung: Rung
        public var firstTime: Bool
        public var tags: [String]
        /// Their person-time in the entry.
        public var minutes: Double

        enum CodingKeys: String, CodingKey { case date, entry, line, activity, rung, firstTime, tags, minutes }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(date, forKey: .date)
            try container.encode(entry, forKey: .entry)
            try container.encode(line, forKey: .line)
            try container.encode(activity, forKey: .activity)
            try container.encode(rung.tag, forKey: .rung)
            try container.encode(firstTime, forKey: .firstTime)
            try container.encode(tags, forKey: .tags)
            try container.encode(ReportNumber.minutes(minutes), forKey: .minutes)
        }
    }

    /// A follow-up naming them, with its state on the as-of day.
    public struct Plan: Encodable, Sendable {
        public var date: Day
        public var entry: String
        public var line: Int
        public var text: String
        public var due: Day
        public var state: State

        /// Where the follow-up stands on the as-of day (FORMAT 3.6).
        public enum State: String, Encodable, Sendable { case done, satisfied, overdue, open }
    }

    /// A day their depth grew.
    public struct Step: Encodable, Sendable {
        public var date: Day
        public var rung: Rung

        enum CodingKeys: String, CodingKey { case date, rung }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(date, forKey: .date)
            try container.encode(rung.tag, forKey: .rung)
        }
    }

    public var handle: String
    public var name: String
    public var role: Role
    public var group: String?
    /// On the as-of day; nil for anyone not `base`.
    public var standing: Standing?
    public var meetings: [Meeting]
    public var followUps: [Plan]
    public var depthOverTime: [Step]
    /// Their person-time over all meetings shown.
    public var minutes: Double

    enum CodingKeys: String, CodingKey {
        case handle, name, role, group, standing, meetings, followUps, depthOverTime, minutes
    }

    /// The canonical handle `input.subject` names, when the journal knows someone by it (roster, aliases
    /// or mentions); nil otherwise, or without a subject.
    public static func subject(_ input: ReportInput) -> String? {
        guard let written = input.subject else { return nil }
        let handle = input.journal.roster.canonical(written.hasPrefix("@") ? String(written.dropFirst()) : written)
        return input.journal.roster.people[handle] != nil || input.history.meetings[handle] != nil ? handle : nil
    }

    /// The timeline of `input.subject`; ask `subject(_:)` first whether the journal knows them (someone it
    /// does not know gets an empty timeline).
    public init(_ input: ReportInput) {
        let (journal, history, query) = (input.journal, input.history, input.query)
        let written = input.subject ?? ""
        let handle = PersonReport.subject(input)
            ?? journal.roster.canonical(written.hasPrefix("@") ? String(written.dropFirst()) : written)
        let person = journal.roster.person(handle)
        self.handle = handle
        name = person.name
        role = person.role
        group = person.group
        standing = person.role.isBase ? history.standing(of: person, on: query.asOf) : nil
        meetings = history.meetings(of: handle, through: query.asOf).map { meeting in
            let entry = journal.entries[meeting.entry]
            let interaction = entry.interactions[meeting.position]
            let share = PersonTime(journal, history, entry: meeting.entry).shares.first { $0.handle == handle }
            return Meeting(date: meeting.date, entry: entry.path, line: interaction.line, activity: entry.activity,
                           rung: meeting.rung, firstTime: interaction.firstTime, tags: interaction.tags,
                           minutes: share?.minutes ?? 0)
        }
        minutes = meetings.reduce(0) { $0 + $1.minutes }
        var plans: [Plan] = []
        for index in 0..<journal.entriesEnd(through: query.asOf) {
            for followUp in journal.entries[index].followUps where followUp.people.contains(handle) {
                let entry = journal.entries[index]
                let state: Plan.State = switch FollowUpState(of: followUp, inEntry: index, journal: journal,
                                                             history: history, on: query.asOf) {
                case .done: .done
                case .satisfied: .satisfied
                case .overdue: .overdue
                case .open: .open
                }
                plans.append(Plan(date: entry.date, entry: entry.path, line: followUp.line, text: followUp.text,
                                  due: followUp.due, state: state))
            }
        }
        followUps = plans
        var steps: [Step] = []
        for meeting in history.meetings(of: handle, through: query.asOf) where meeting.rung > (steps.last?.rung ?? .present) || steps.isEmpty {
            if steps.last?.date == meeting.date { steps[steps.count - 1].rung = meeting.rung } else { steps.append(Step(date: meeting.date, rung: meeting.rung)) }
        }
        depthOverTime = steps
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(handle, forKey: .handle)
        try container.encode(name, forKey: .name)
        try container.encode(role.rawValue, forKey: .role)
        try container.encode(group, forKey: .group)
        try container.encode(standing?.rawValue, forKey: .standing)
        try container.encode(meetings, forKey: .meetings)
        try container.encode(followUps, forKey: .followUps)
        try container.encode(depthOverTime, forKey: .depthOverTime)
        try container.encode(ReportNumber.minutes(minutes), forKey: .minutes)
    }
}
