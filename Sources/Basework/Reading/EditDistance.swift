/// The one edit distance basework uses to suggest what was meant (keys, tags, handles): the optimal
/// string alignment distance, that is Levenshtein's insertions, deletions and substitutions plus the
/// transposition of two neighbouring characters (`dtae` is 1 from `date`), each counting 1, with no
/// substring edited twice. Counted over Unicode scalars.
enum EditDistance {
    /// The distance between two strings.
    static func between(_ a: String, _ b: String) -> Int {
        between(a, b, atMost: Int.max - 1) ?? Int.max
    }

    /// The distance between two strings when it is at most `limit`, else nil. Cheap on the short
    /// strings it is used for: ASCII text is compared byte by byte without copying, the rows live on
    /// the stack, and the work stops as soon as every way through is over the limit.
    static func between(_ a: String, _ b: String, atMost limit: Int) -> Int? {
        guard limit >= 0 else { return nil }
        var a = a, b = b
        let isASCII = a.utf8.allSatisfy { $0 < 0x80 } && b.utf8.allSatisfy { $0 < 0x80 }
        if isASCII {
            guard abs(a.utf8.count - b.utf8.count) <= limit else { return nil }
            return a.withUTF8 { a in b.withUTF8 { b in distance(a, b, limit: limit) } }
        }
        guard abs(a.unicodeScalars.count - b.unicodeScalars.count) <= limit else { return nil }
        let aScalars = Array(a.unicodeScalars), bScalars = Array(b.unicodeScalars)
        return aScalars.withUnsafeBufferPointer { a in bScalars.withUnsafeBufferPointer { b in distance(a, b, limit: limit) } }
    }

    /// The distance between two runs of characters (ASCII bytes, or Unicode scalars) when it is at
    /// most `limit`, else nil.
    static func distance<Element: Equatable>(_ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>,
                                             limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var beforePrevious = rows.baseAddress!, previous = beforePrevious + width, current = previous + width
            for j in 0...b.count { previous[j] = j }
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
}
