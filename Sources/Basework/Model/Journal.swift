/// Everything read from a journal folder: the entries that could be read, the roster, the settings,
/// and every problem found on the way.
public struct Journal: Sendable {
    /// Sorted by date, then path.
    public var entries: [Entry]
    public var roster: Roster
    public var settings: Settings
    public var diagnostics: [Diagnostic]
    /// Entry files left out because of an error.
    public var leftOut: Int

    public init(entries: [Entry], roster: Roster = Roster(), settings: Settings = Settings(),
                diagnostics: [Diagnostic] = [], leftOut: Int = 0) {
        self.entries = entries.sorted(by: Entry.precedes)
        self.roster = roster
        self.settings = settings
        self.diagnostics = diagnostics
        self.leftOut = leftOut
    }

    public var errorCount: Int { diagnostics.count(where: { $0.severity == .error }) }
    public var warningCount: Int { diagnostics.count(where: { $0.severity == .warning }) }
}
