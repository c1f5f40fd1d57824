import Basework

/// What the journal's entries use, for completion: handles not in the roster, free tags, struggles
/// and activities, each with how often. Found once per reading of the journal, not per keystroke.
struct JournalUsage {
    /// Handles mentioned and not in the roster, sorted.
    var unknownHandles: [String] = []
    /// Free tags (front matter and hashtags), most used first.
    var tags: [(tag: String, count: Int)] = []
    /// Struggles, most used first.
    var struggles: [(struggle: String, count: Int)] = []
    var activities: Set<String> = []

    init(_ journal: Journal) {
        var handles = Set<String>()
        var tagCounts: [String: Int] = [:]
        var struggleCounts: [String: Int] = [:]
        for entry in journal.entries {
            for tag in entry.tags { tagCounts[tag, default: 0] += 1 }
            for interaction in entry.interactions {
                if !journal.roster.knows(interaction.handle) { handles.insert(interaction.handle) }
                for tag in interaction.tags { tagCounts[tag, default: 0] += 1 }
            }
            if let struggle = entry.struggle { struggleCounts[struggle, default: 0] += 1 }
            if let activity = entry.activity { activities.insert(activity) }
        }
        unknownHandles = handles.sorted()
        tags = Self.byCount(tagCounts).map { ($0.0, $0.1) }
        struggles = Self.byCount(struggleCounts).map { ($0.0, $0.1) }
    }

    private static func byCount(_ counts: [String: Int]) -> [(String, Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
