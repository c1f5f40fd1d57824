/// What one entry says about one person (FORMAT 2.2): every context that mentions them, merged.
public struct Interaction: Hashable, Sendable {
    /// The person's canonical handle (aliases resolved, lower case).
    public var handle: String
    /// The deepest rung tagged in the person's contexts; `present` when none is.
    public var rung: Rung
    /// Flagged `#first-time`: the person's first collective action.
    public var firstTime: Bool
    /// Free hashtags, lower case, in order of first appearance.
    public var tags: [String]
    /// The sum of the parenthesised durations that name the person, shared equally within each context;
    /// nil when no context gives them one.
    public var explicitMinutes: Double?
    /// The file line of the first context that mentions the person (or of the front matter `people` list).
    public var line: Int

    public init(handle: String, rung: Rung = .present, firstTime: Bool = false, tags: [String] = [],
                explicitMinutes: Double? = nil, line: Int = 1) {
        self.handle = handle
        self.rung = rung
        self.firstTime = firstTime
        self.tags = tags
        self.explicitMinutes = explicitMinutes
        self.line = line
    }
}
