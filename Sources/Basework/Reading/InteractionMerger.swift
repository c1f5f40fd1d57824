/// Gathers an entry's interactions, one per person, merging what each context says about them
/// (FORMAT 2.2): the deepest rung, every flag and free tag, the sum of the explicit times.
struct InteractionMerger {
    /// In order of first mention.
    private(set) var interactions: [Interaction] = []
    private var indexOf: [String: Int] = [:]
    /// Each interaction's tags as a set, so merging thousands of contexts stays linear.
    private var tagSets: [Set<String>] = []

    mutating func merge(_ interaction: Interaction) {
        guard let index = indexOf[interaction.handle] else {
            indexOf[interaction.handle] = interactions.count
            var tags = Set<String>()
            var fresh = interaction
            fresh.tags = interaction.tags.filter { tags.insert($0).inserted }
            interactions.append(fresh)
            tagSets.append(tags)
            return
        }
        interactions[index].rung = max(interactions[index].rung, interaction.rung)
        interactions[index].firstTime = interactions[index].firstTime || interaction.firstTime
        for tag in interaction.tags where tagSets[index].insert(tag).inserted { interactions[index].tags.append(tag) }
        if let more = interaction.explicitMinutes {
            interactions[index].explicitMinutes = (interactions[index].explicitMinutes ?? 0) + more
        }
    }
}
