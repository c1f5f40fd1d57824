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
        self.entries = Journal.sorted(entries)
        self.roster = roster
        self.settings = settings
        self.diagnostics = diagnostics
        self.leftOut = leftOut
    }

    /// Entries in date-then-path order. An entry is a large value, so the order is found on indices and
    /// each entry is moved once, rather than swapped about by a sort.
    static func sorted(_ entries: [Entry]) -> [Entry] {
        let inOrder = entries.withUnsafeBufferPointer { entries in
            entries.indices.dropFirst().allSatisfy { !Entry.precedes(entries[$0], entries[$0 - 1]) }
        }
        if inOrder { return entries }
        let order = entries.indices.sorted { a, b in
            entries[a].date != entries[b].date ? entries[a].date < entries[b].date
                : entries[a].path != entries[b].path ? entries[a].path < entries[b].path : a < b
        }
        return order.map { entries[$0] }
    }

    /// The index of the first entry dated after `day` (`entries.count` when there is none): the entries
    /// dated up to `day` are those before it. Entries are in date order, so it is found by halving.
    public func entriesEnd(through day: Day) -> Int {
        var (low, high) = (0, entries.count)
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].date <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The indices of the entries dated in a period, in journal order.
    public func entryIndices(in period: Period) -> Range<Int> {
        let end = entriesEnd(through: period.to)
        return min(entriesEnd(through: period.from.adding(days: -1)), end)..<end
    }

    public var errorCount: Int { diagnostics.count(where: { $0.severity == .error }) }
    public var warningCount: Int { diagnostics.count(where: { $0.severity == .warning }) }
}
