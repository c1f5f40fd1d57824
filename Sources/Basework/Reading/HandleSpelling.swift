/// Suggests the roster handle or alias that an unknown handle was probably meant to be, for the
/// "did you mean" of `unknown-person` (FORMAT 4): the closest within edit distance 2 (`EditDistance`),
/// compared case-insensitively, and never one that would change every character of the handle
/// (`al` suggests no `bo`). Built once per roster, asked once per unknown handle.
struct HandleSpelling: Sendable {
    /// The candidates lower-cased and as written, in the order ties are broken: by the lower-cased
    /// name, then as written.
    private let candidates: [(lowered: String, written: String)]

    /// Candidates are the roster's handles and aliases, as written there.
    init(candidates: [String]) {
        self.candidates = candidates.map { (lowered: $0.lowercased(), written: $0) }
            .sorted { ($0.lowered, $0.written) < ($1.lowered, $1.written) }
    }

    /// The closest candidate as written, or nil. On a tie, the first in sorted order.
    func likelyHandle(for handle: String) -> String? {
        let lowered = handle.lowercased()
        let limit = min(2, lowered.unicodeScalars.count - 1)
        guard limit >= 0 else { return nil }
        var best: (handle: String, distance: Int)?
        for candidate in candidates {
            guard let distance = EditDistance.between(lowered, candidate.lowered, atMost: best.map { $0.distance - 1 } ?? limit) else { continue }
            best = (candidate.written, distance)
            if distance == 0 { break }
        }
        return best?.handle
    }

    /// `likelyHandle(for:)` against candidates given once.
    static func likelyHandle(for handle: String, among candidates: [String]) -> String? {
        HandleSpelling(candidates: candidates).likelyHandle(for: handle)
    }
}
