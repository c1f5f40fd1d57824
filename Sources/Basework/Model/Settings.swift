/// The journal's `basework.yml` (FORMAT 5), with its defaults.
public struct Settings: Sendable {
    /// The day weeks begin on (`week-start`).
    public enum WeekStart: String, Sendable { case monday, sunday }

    /// The rules of FORMAT 3.5 that make an entry need a justification.
    public struct JustifyRules: Sendable {
        public var baseShareBelow: Double? = 0.5
        public var support: Bool = true
        public var aimsOutside: [Aim] = []
        public init() {}
    }

    public var weekStart: WeekStart = .monday
    public var followUpDays: Int = 7
    public var heatFollowUpDays: Int = 7
    public var coldAfterDays: Int = 21
    public var baseShareGoal: Double = 0.6
    public var justify = JustifyRules()
    /// Planned share of time by aim, in the seed's order; empty for no plan.
    public var plan: [(aim: Aim, share: Double)] = []
    public var heatActivities: [String] = ["picket", "action", "march", "strike"]
    /// Extra activity names, beside the built-in ones.
    public var activities: [String] = []
    public var author: String?
    /// Whether what was read is kept in `.basework/` for the next run (`cache`).
    public var cache: Bool = true

    public init() {}

    /// The activities of FORMAT 2.4.
    public static let builtInActivities = [
        "one-to-one", "house-visit", "call", "picket", "action", "march", "strike", "meeting", "training",
        "social", "leafleting", "canvass", "court-support", "other",
    ]

    /// Whether an activity name is known (built in, or added by the settings), in any case.
    public func knowsActivity(_ name: String) -> Bool {
        let name = name.lowercased()
        return Settings.builtInActivities.contains(name) || activities.contains(name) || heatActivities.contains(name)
    }
}
