/// The one edit distance basework uses to suggest what was meant (keys, tags, handles): the optimal
/// string alignment distance, that is Levenshtein's insertions, deletions and substitutions plus the
/// transposition of two neighbouring characters (`dtae` is 1 from `date`), each counting 1, with no
/// substring edited twice. Counted over Unicode scalars.
enum EditDistance {
    /// The distance between two strings.
    static func between(_ a: String, _ b: String) -> Int {
        between(a, b, atMost: Int.max) ?? Int.max
    }

    /// The distance between two strings when it is at most `limit`, else nil. Cheap on the short
    /// strings it is used for, and cut short as soon as every way through is over the limit.
    static func between(_ a: String, _ b: String, atMost limit: Int) -> Int? {
        // Lengths first: most pairs are too far apart in length to be compared at all.
        guard abs(a.unicodeScalars.count - b.unicodeScalars.count) <= limit else { return nil }
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            guard rowMinimum <= limit else { return nil }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
