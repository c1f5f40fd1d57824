extension Query {
    /// Indices into `journal.entries` of the entries that supply what a section lists and counts:
    /// dated in the period and matching the filters (REPORTS "Which entries count"), in journal order.
    public func countedEntries(in journal: Journal) -> [Int] {
        journal.entries.indices.filter { index in
            let entry = journal.entries[index]
            return period.contains(entry.date) && matches(entry, journal)
        }
    }
}
