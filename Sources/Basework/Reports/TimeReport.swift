/// Who the period's work had us spending the most time with (REPORTS `time`): person-time by role,
/// standing and format, whole durations by mode, activity and aim, the base share against its goal,
/// and the plan against what happened.
public struct TimeReport: Report {
    /// One aim of the settings' plan: the share planned and the share that happened.
    public struct PlanLine: Encodable, Sendable {
        public var aim: Aim
        public var planned: Double
        /// The aim's minutes over the minutes of the period's entries that have an aim;
        /// nil when no entry has one.
        public var actual: Double?
        /// The actual share is `offPlanBy` or more away from the planned one.
        public var offPlan: Bool

        /// How far from the plan, in shares, an aim is off plan: 10 points.
        public static let offPlanBy = 0.1

        public init(aim: Aim, planned: Double, actual: Double?) {
            self.aim = aim
            self.planned = planned
            self.actual = actual
            offPlan = actual.map { abs($0 - planned) >= PlanLine.offPlanBy - 1e-9 } ?? false
        }

        enum CodingKeys: String, CodingKey { case aim, planned, actual }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(aim.rawValue, forKey: .aim)
            try container.encode(ReportNumber.share(planned), forKey: .planned)
            try container.encode(actual.map(ReportNumber.share), forKey: .actual)
        }
    }

    /// The summed durations of the period's counted entries.
    public var minutes: Double
    /// Person-time by role, for the roles that have a share of it.
    public var byRole: [Role: Double]
    /// Time no one shares.
    public var unallocated: Double
    /// Base person-time by standing before each entry's day, the crowd as `new`; every standing present.
    public var byStanding: [Standing: Double]
    /// Person-time by format; every format present.
    public var byFormat: [PersonTime.Format: Double]
    /// Whole durations by mode; every mode present.
    public var byMode: [Mode: Double]
    /// Whole durations by activity; the key nil for entries with none.
    public var byActivity: [String?: Double]
    /// Whole durations by aim, given or inferred; the key nil for entries with no aim.
    public var byAim: [Aim?: Double]
    /// The part of `byAim` whose aim was inferred, for the aims that have any.
    public var byAimInferred: [Aim: Double]
    /// All person-time: `minutes` less what is unallocated.
    public var personMinutes: Double
    /// Person-time with `base` (the crowd included).
    public var baseMinutes: Double
    /// The minutes of the entries that have an aim, given or inferred.
    public var aimedMinutes: Double
    /// Base person-time over all person-time; nil with no person-time.
    public var baseShare: Double?
    public var baseShareGoal: Double
    /// Whether `baseShare` meets `baseShareGoal`; nil with no person-time.
    public var meetsGoal: Bool?
    /// `mostTimeWith`'s part of all person-time; nil with no person-time.
    public var mostTimeWithShare: Double?
    /// The breakdowns dimension by dimension, as every renderer shows them.
    public var breakdowns: [TimeBreakdown] { TimeBreakdown.of(self) }
    /// The role with the most person-time, a tie going to the earlier role; nil with no person-time.
    public var mostTimeWith: Role?
    /// In the settings' order; nil when the settings have no plan.
    public var plan: [PlanLine]?

    public init(_ input: ReportInput) {
        let (journal, history, query) = (input.journal, input.history, input.query)
        var minutes = 0.0
        var byRole: [Role: Double] = [:]
        var unallocated = 0.0
        var byStanding = Dictionary(uniqueKeysWithValues: Standing.allCases.map { ($0, 0.0) })
        var byFormat = Dictionary(uniqueKeysWithValues: PersonTime.Format.allCases.map { ($0, 0.0) })
        var byMode = Dictionary(uniqueKeysWithValues: Mode.allCases.map { ($0, 0.0) })
        var byActivity: [String?: Double] = [:]
        var byAim: [Aim?: Double] = [:]
        var byAimInferred: [Aim: Double] = [:]
        for index in query.countedEntries(in: journal) {
            let entry = journal.entries[index]
            let time = PersonTime(journal, history, entry: index)
            let aim = EntryAim(entry, time)
            minutes += entry.minutes
            unallocated += time.unallocated
            for share in time.shares {
                byRole[share.role, default: 0] += share.minutes
                byFormat[share.format, default: 0] += share.minutes
                if share.role.isBase { byStanding[share.standing, default: 0] += share.minutes }
            }
            byMode[entry.mode, default: 0] += entry.minutes
            byActivity[entry.activity, default: 0] += entry.minutes
            byAim[aim?.aim, default: 0] += entry.minutes
            if let aim, aim.isInferred { byAimInferred[aim.aim, default: 0] += entry.minutes }
        }
        let personMinutes = byRole.values.reduce(0, +)
        let aimedMinutes = byAim.filter { $0.key != nil }.values.reduce(0, +)

        self.minutes = minutes
        self.byRole = byRole
        self.unallocated = unallocated
        self.byStanding = byStanding
        self.byFormat = byFormat
        self.byMode = byMode
        self.byActivity = byActivity
        self.byAim = byAim
        self.byAimInferred = byAimInferred
        self.personMinutes = personMinutes
        baseMinutes = byRole[.base, default: 0]
        self.aimedMinutes = aimedMinutes
        let baseShare = personMinutes > 0 ? byRole[.base, default: 0] / personMinutes : nil
        self.baseShare = baseShare
        baseShareGoal = journal.settings.baseShareGoal
        meetsGoal = baseShare.map { $0 >= journal.settings.baseShareGoal }
        let most = personMinutes > 0
            ? Role.allCases.reduce(Role.base) { byRole[$1, default: 0] > byRole[$0, default: 0] ? $1 : $0 }
            : nil
        mostTimeWith = most
        mostTimeWithShare = most.map { byRole[$0, default: 0] / personMinutes }
        let settingsPlan = journal.settings.plan
        plan = settingsPlan.isEmpty ? nil : settingsPlan.map { line in
            PlanLine(aim: line.aim, planned: line.share,
                     actual: aimedMinutes > 0 ? byAim[line.aim, default: 0] / aimedMinutes : nil)
        }
    }

    /// A role's part of all person-time; nil with no person-time.
    public func personTimeShare(_ role: Role) -> Double? {
        personMinutes > 0 ? byRole[role, default: 0] / personMinutes : nil
    }

    enum CodingKeys: String, CodingKey {
        case minutes, byRole, byStanding, byFormat, byMode, byActivity, byAim, byAimInferred, baseShare,
             baseShareGoal, mostTimeWith, plan
    }

    public func encode(to encoder: any Encoder) throws {
        func minutesByName<Key>(_ values: [Key: Double], _ name: (Key) -> String) -> [String: Double] {
            Dictionary(values.map { (name($0.key), $0.value) }, uniquingKeysWith: +).mapValues(ReportNumber.minutes)
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ReportNumber.minutes(minutes), forKey: .minutes)
        // Every role and every aim is listed, 0 when none of the time went there, so a figure can be looked up.
        let everyRole = Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, byRole[$0] ?? 0) })
        let everyAim = Dictionary(uniqueKeysWithValues: (Aim.allCases.map(Optional.some) + [nil]).map { ($0, byAim[$0] ?? 0) })
        try container.encode(minutesByName(everyRole, \.rawValue)
            .merging(["unallocated": ReportNumber.minutes(unallocated)]) { _, new in new }, forKey: .byRole)
        try container.encode(minutesByName(byStanding, \.rawValue), forKey: .byStanding)
        try container.encode(minutesByName(byFormat, \.rawValue)
            .merging(["unallocated": ReportNumber.minutes(unallocated)]) { _, new in new }, forKey: .byFormat)
        try container.encode(minutesByName(byMode, \.rawValue), forKey: .byMode)
        try container.encode(minutesByName(byActivity) { $0 ?? "none" }, forKey: .byActivity)
        try container.encode(minutesByName(everyAim) { $0?.rawValue ?? "none" }, forKey: .byAim)
        try container.encode(minutesByName(byAimInferred, \.rawValue), forKey: .byAimInferred)
        try container.encode(baseShare.map(ReportNumber.share), forKey: .baseShare)
        try container.encode(ReportNumber.share(baseShareGoal), forKey: .baseShareGoal)
        try container.encode(mostTimeWith?.rawValue, forKey: .mostTimeWith)
        if let plan { try container.encode(plan, forKey: .plan) }
    }
}
