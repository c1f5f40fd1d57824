/// Each listed file's resolved outcome (nil: not an entry), in the listing's order: written by the
/// shard that holds the file, then moved out once into the journal. A fixed buffer rather than an
/// array of arrays, so that no entry is copied on the way; shards write disjoint slots.
final class ResolvedSlots: @unchecked Sendable {
    private let base: UnsafeMutablePointer<ResolvedFile?>
    let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(1, count))
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// A slot's outcome, left in place.
    subscript(offset: Int) -> ResolvedFile? {
        get { base[offset] }
        set { base[offset] = newValue }
    }

    /// Lets go of what the journal does not take from a slot (the roster's answers), on the thread
    /// that calls it rather than on the one that makes the journal.
    func trim(_ offset: Int) {
        base[offset]?.lookups = []
    }

    /// Moves a slot's outcome out, leaving nil.
    func take(_ offset: Int) -> ResolvedFile? {
        let outcome = (base + offset).move()
        (base + offset).initialize(to: nil)
        return outcome
    }
}
