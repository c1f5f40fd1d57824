extension Query {
    /// Indices into `journal.entries` of the entries that supply what a section lists and counts:
    /// dated in the period and matching the filters (REPORTS "Which entries count"), in journal order.
    public func countedEntries(in journal: Journal) -> [Int] {
        let dated = journal.entryIndices(in: period)
        return isFiltered ? dated.filter { matches(journal.entries[$0], journal) } : Array(dated)
    }
}
