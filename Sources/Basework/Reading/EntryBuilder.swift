/// Turns an entry's sections into interactions, follow-ups and a justification (FORMAT 2.2 to 2.8).
struct EntryBuilder {
    let matter: FrontMatter
    let source: SourceText
    let bodyFirstLine: Int
    let roster: Roster

    private(set) var interactions: [Interaction] = []
    private var indexOf: [String: Int] = [:]
    /// Each interaction's tags as a set, so merging thousands of contexts stays linear.
    private var tagSets: [Set<String>] = []
    private var followUpBlocks: [BodyBlock] = []
    private(set) var justification: String?
    private(set) var title: String?

    init(matter: FrontMatter, source: SourceText, bodyFirstLine: Int, roster: Roster) {
        self.matter = matter
        self.source = source
        self.bodyFirstLine = bodyFirstLine
        self.roster = roster
    }

    mutating func read(_ sections: BodySections, sink: inout DiagnosticSink) {
        title = sections.title
        followUpBlocks = sections.followUps
        let texts = [matter.justification].compactMap { $0 } + sections.justification
        justification = texts.isEmpty ? nil : texts.joined(separator: "\n\n")

        var unknown = Set<String>()
        var explicitSoFar = 0.0
        var tooLong = false
        for block in sections.contexts {
            let mentions = InlineScanner.mentions(in: block.text)
            guard !mentions.isEmpty else { continue }
            let hashtags = InlineScanner.hashtags(in: block.text)
            let rung = hashtags.compactMap(Rung.init(tag:)).max() ?? .present
            let firstTime = hashtags.contains("first-time")
            let free = hashtags.filter { Rung(tag: $0) == nil && $0 != "first-time" }
            var handles: [String] = []
            var seen = Set<String>()
            var locator = Locator(source: source, bodyFirstLine: bodyFirstLine, block: block)
            for mention in mentions {
                let handle = roster.canonical(String(mention))
                if seen.insert(handle).inserted { handles.append(handle) }
                if roster.exists, !roster.knows(handle), unknown.insert(handle).inserted {
                    sink.warning(.unknownPerson, at: locator.find("@" + mention, wholeHandle: true), "unknown person @\(mention): add \(handle) to people.yml")
                } else if roster.exists {
                    _ = locator.find("@" + mention, wholeHandle: true)
                }
            }
            var explicit = 0.0
            var durationLocator = Locator(source: source, bodyFirstLine: bodyFirstLine, block: block)
            for duration in InlineScanner.durations(in: block.text) {
                explicit += duration.minutes
                explicitSoFar += duration.minutes
                let at = tooLong ? nil : durationLocator.find(duration.written)
                if let at, explicitSoFar > (matter.minutes ?? 0) + 1e-9 {
                    tooLong = true
                    sink.error(.explicitTimeTooLong, at: at,
                               "the times given with people add up to \(Self.format(explicitSoFar)), more than the entry's duration of \(Self.format(matter.minutes ?? 0)): shorten them or raise `duration`")
                }
            }
            let line = bodyFirstLine + block.firstLine - 1
            for handle in handles {
                merge(Interaction(handle: handle, rung: rung, firstTime: firstTime, tags: free,
                                  explicitMinutes: explicit > 0 ? explicit / Double(handles.count) : nil, line: line))
            }
        }
        for (written, at) in matter.people {
            let handle = roster.canonical(written)
            if roster.exists, !roster.knows(handle), unknown.insert(handle).inserted {
                sink.warning(.unknownPerson, at: at, "unknown person \(written): add \(handle) to people.yml")
            }
            merge(Interaction(handle: handle, line: at.line))
        }
        for block in followUpBlocks where roster.exists {
            var locator = Locator(source: source, bodyFirstLine: bodyFirstLine, block: block)
            for mention in InlineScanner.mentions(in: block.text) {
                let handle = roster.canonical(String(mention))
                let at = locator.find("@" + mention, wholeHandle: true)
                if !roster.knows(handle), unknown.insert(handle).inserted {
                    sink.warning(.unknownPerson, at: at, "unknown person @\(mention): add \(handle) to people.yml")
                }
            }
        }
    }

    /// The follow-ups of the entry's follow-up sections (FORMAT 2.8).
    func followUps(date: Day, settings: Settings) -> [FollowUp] {
        followUpBlocks.map { block in
            var text = block.text.trimmed[...]
            var done = false
            if text.hasPrefix("[ ]") {
                text = text.dropFirst(3)
            } else if text.hasPrefix("[x]") || text.hasPrefix("[X]") {
                text = text.dropFirst(3)
                done = true
            }
            let body = text.trimmed
            let people = Set(InlineScanner.mentions(in: body).map { roster.canonical(String($0)) }).sorted()
            return FollowUp(text: body, people: people, done: done,
                            due: InlineScanner.firstDate(in: body) ?? date.adding(days: settings.followUpDays),
                            line: bodyFirstLine + block.firstLine - 1)
        }
    }

    private mutating func merge(_ interaction: Interaction) {
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

    private static func format(_ minutes: Double) -> String {
        // Beyond a year of minutes the exact figure means nothing, and `Int(_:)` would trap on the absurd.
        guard minutes.isFinite, minutes < 525_600 else { return "more than a year" }
        let whole = Int(minutes.rounded())
        return whole >= 60 ? "\(whole / 60)h\(whole % 60 == 0 ? "" : "\(whole % 60)m")" : "\(whole)m"
    }
}
