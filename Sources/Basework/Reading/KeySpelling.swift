/// Suggests the known key that an unknown one was probably meant to be (FORMAT 2.1, `misspelled-key`):
/// within edit distance 1 (`EditDistance`) for a written key of up to 5 characters (`dat`, `aims`),
/// 2 for a longer one (`activty`, `durations`), compared case-insensitively. Keys that other tools
/// write (`otherToolsKeys`: Jekyll, Hugo, Obsidian, Dendron) never get a suggestion, in front matter,
/// the roster or the settings alike.
enum KeySpelling {
    /// Keys that other tools write in front matter: never taken for a misspelling.
    static let otherToolsKeys: Set<String> = [
        "title", "id", "layout", "permalink", "categories", "category", "slug", "draft", "weight", "description",
        "summary", "aliases", "cssclasses", "created", "updated", "modified", "publish", "lang",
    ]

    /// The closest known key within the distance allowed for this key's length (the first of `known`
    /// on a tie), or nil.
    static func likelyKey(for key: String, among known: [String]) -> String? {
        let lowered = key.lowercased()
        guard !otherToolsKeys.contains(lowered) else { return nil }
        let limit = lowered.unicodeScalars.count <= 5 ? 1 : 2
        var best: (key: String, distance: Int)?
        for candidate in known {
            guard let distance = EditDistance.between(lowered, candidate.lowercased(), atMost: limit) else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.key
    }
}
