/// Suggests the roster handle or alias that an unknown handle was probably meant to be, for the
/// "did you mean" of `unknown-person` (FORMAT 4): the closest within edit distance 2 (`EditDistance`),
/// compared case-insensitively, and never one that would change every character of the handle
/// (`al` suggests no `bo`).
enum HandleSpelling {
    /// The closest of `candidates` (the roster's handles and aliases, as written there), or nil. On a
    /// tie, the first in sorted order (of the lower-cased names, then as written).
    static func likelyHandle(for handle: String, among candidates: [String]) -> String? {
        let lowered = handle.lowercased()
        let limit = min(2, lowered.unicodeScalars.count - 1)
        guard limit >= 0 else { return nil }
        var best: (handle: String, distance: Int)?
        let sorted = candidates.map { (lowered: $0.lowercased(), written: $0) }.sorted { ($0.lowered, $0.written) < ($1.lowered, $1.written) }
        for candidate in sorted {
            guard let distance = EditDistance.between(lowered, candidate.lowered, atMost: limit) else { continue }
            if best == nil || distance < best!.distance { best = (candidate.written, distance) }
        }
        return best?.handle
    }
}
