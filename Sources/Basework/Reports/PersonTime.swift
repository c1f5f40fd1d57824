/// One entry's duration split into person-time (FORMAT 3.3): explicit times first, the rest shared
/// equally by the other interactions and one share for the crowd, and what no one shares unallocated.
public struct PersonTime: Hashable, Sendable {
    /// How a share of time reached its people.
    public enum Format: String, CaseIterable, Sendable {
        /// A one-to-one: the interaction's effective rung is `talked` or deeper.
        case oneToOne
        /// Rung `present`, and the crowd.
        case oneToMany
    }

    /// The time spent with one interaction's person, or with the crowd.
    public struct Share: Hashable, Sendable {
        /// The person's canonical handle; nil for the crowd.
        public var handle: String?
        public var minutes: Double
        /// From the roster; the crowd is `base`.
        public var role: Role
        /// Judged from interactions dated before the entry's day (FORMAT 3.1); the crowd is `new`.
        /// Only meaningful for `base` people.
        public var standing: Standing
        public var format: Format

        public init(handle: String?, minutes: Double, role: Role, standing: Standing, format: Format) {
            self.handle = handle
            self.minutes = minutes
            self.role = role
            self.standing = standing
            self.format = format
        }
    }

    /// One per interaction, in the entry's order, then the crowd's share when `crowd` > 0.
    public var shares: [Share]
    /// Time no one shares: preparation, admin, travel.
    public var unallocated: Double

    public init(shares: [Share], unallocated: Double) {
        self.shares = shares
        self.unallocated = unallocated
    }

    /// Splits the entry at `index` of the journal; `history` must be the journal's own. Explicit times
    /// beyond the duration are a reading error; should one reach here, each explicit time is cut to
    /// what the duration has left.
    public init(_ journal: Journal, _ history: History, entry index: Int) {
        let entry = journal.entries[index]
        let duration = max(0, entry.minutes)
        var left = duration
        var explicit: [Double?] = []
        for interaction in entry.interactions {
            if let minutes = interaction.explicitMinutes {
                let granted = min(max(0, minutes), left)
                left -= granted
                explicit.append(granted)
            } else {
                explicit.append(nil)
            }
        }
        let sharers = explicit.count(where: { $0 == nil }) + (entry.crowd > 0 ? 1 : 0)
        let share = sharers > 0 ? left / Double(sharers) : 0

        shares = entry.interactions.enumerated().map { position, interaction in
            let person = journal.roster.person(interaction.handle)
            let rung = history.rungs[index][position]
            return Share(handle: interaction.handle, minutes: explicit[position] ?? share, role: person.role,
                         standing: history.standing(of: person, before: entry.date),
                         format: rung.isOneToOne ? .oneToOne : .oneToMany)
        }
        if entry.crowd > 0 {
            shares.append(Share(handle: nil, minutes: share, role: .base, standing: .new, format: .oneToMany))
        }
        unallocated = sharers > 0 ? 0 : left
    }

    /// All person-time: the duration less what is unallocated.
    public var minutes: Double { shares.reduce(0) { $0 + $1.minutes } }

    /// Person-time spent with `base`, the crowd included.
    public var baseMinutes: Double { shares.filter { $0.role.isBase }.reduce(0) { $0 + $1.minutes } }

    /// Whether any time went to people: an entry with only unallocated time has none.
    public var hasPersonTime: Bool { minutes > 0 }

    /// The share of person-time spent with `base`; nil with no person-time.
    public var baseShare: Double? { hasPersonTime ? baseMinutes / minutes : nil }
}
