/// Suggests the known key that an unknown one was probably meant to be (FORMAT 2.1: within edit distance 2).
enum KeySpelling {
    static func likelyKey(for key: String, among known: [String]) -> String? {
        let lowered = key.lowercased()
        return known.filter { abs($0.count - lowered.count) <= 2 }
            .map { (key: $0, distance: distance(lowered, $0)) }
            .filter { $0.distance <= 2 }
            .min { $0.distance < $1.distance }?.key
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
