/// Turns an entry's sections into interactions, follow-ups and a justification (FORMAT 2.2 to 2.8).
struct EntryBuilder {
    let matter: FrontMatter
    let source: SourceText
    let bodyFirstLine: Int
    let roster: Roster

    private(set) var interactions: [Interaction] = []
    private var indexOf: [String: Int] = [:]
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
            var free: [String] = []
            for tag in hashtags where Rung(tag: tag) == nil && tag != "first-time" && !free.contains(tag) { free.append(tag) }
            var handles: [String] = []
            for mention in mentions {
                let handle = roster.canonical(String(mention))
                if !handles.contains(handle) { handles.append(handle) }
                if roster.exists, !roster.knows(handle), unknown.insert(handle).inserted {
                    sink.warning(.unknownPerson, at: locate("@" + mention, in: block, wholeHandle: true), "unknown person @\(mention): add \(handle) to people.yml")
                }
            }
            var explicit = 0.0
            let durations = InlineScanner.durations(in: block.text)
            for (index, duration) in durations.enumerated() {
                explicit += duration.minutes
                explicitSoFar += duration.minutes
                if !tooLong, explicitSoFar > (matter.minutes ?? 0) + 1e-9 {
                    tooLong = true
                    let earlier = durations[..<index].count { $0.written.lowercased() == duration.written.lowercased() }
                    sink.error(.explicitTimeTooLong, at: locate(duration.written, in: block, occurrence: earlier),
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
        for block in followUpBlocks {
            for mention in InlineScanner.mentions(in: block.text) {
                let handle = roster.canonical(String(mention))
                if roster.exists, !roster.knows(handle), unknown.insert(handle).inserted {
                    sink.warning(.unknownPerson, at: locate("@" + mention, in: block, wholeHandle: true), "unknown person @\(mention): add \(handle) to people.yml")
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
            interactions.append(interaction)
            return
        }
        interactions[index].rung = max(interactions[index].rung, interaction.rung)
        interactions[index].firstTime = interactions[index].firstTime || interaction.firstTime
        for tag in interaction.tags where !interactions[index].tags.contains(tag) { interactions[index].tags.append(tag) }
        if let more = interaction.explicitMinutes {
            interactions[index].explicitMinutes = (interactions[index].explicitMinutes ?? 0) + more
        }
    }

    /// Where some written text appears in a block's lines (case ignored), for diagnostics: the
    /// `occurrence`-th appearance (from 0) outside code spans, HTML and link destinations, which the
    /// reading rules leave out; with `wholeHandle`, only where it is a whole `@handle`.
    private func locate(_ written: some StringProtocol, in block: BodyBlock, occurrence: Int = 0,
                        wholeHandle: Bool = false) -> SourcePosition {
        func lower(_ character: Character) -> Character {
            let lowered = character.lowercased()
            return lowered.count == 1 ? Character(lowered) : character
        }
        let needle = written.map(lower)
        var remaining = occurrence
        for bodyLine in block.firstLine...max(block.firstLine, block.lastLine) {
            let fileLine = bodyFirstLine + bodyLine - 1
            guard let text = source.line(fileLine) else { break }
            let line = Self.readable(text).map(lower)
            guard line.count >= needle.count else { continue }
            for start in 0...(line.count - needle.count) where line[start..<(start + needle.count)].elementsEqual(needle) {
                if wholeHandle, !Self.isWholeHandle(in: line, from: start, count: needle.count) { continue }
                if remaining == 0 { return SourcePosition(line: fileLine, column: start + 1) }
                remaining -= 1
            }
        }
        return SourcePosition(line: bodyFirstLine + block.firstLine - 1, column: 1)
    }

    /// Whether `line[start..<start+count]` is a whole mention: not after a letter or digit, and not
    /// followed by more of a handle (trailing dots aside).
    private static func isWholeHandle(in line: [Character], from start: Int, count: Int) -> Bool {
        if start > 0, line[start - 1].isLetter || line[start - 1].isNumber { return false }
        var next = start + count
        while next < line.count, line[next] == "." { next += 1 }
        guard next < line.count else { return true }
        return !(line[next].isLetter || line[next].isNumber || line[next] == "-" || line[next] == "_")
    }

    /// A source line's characters with code spans, HTML tags, autolinks and link destinations blanked
    /// out, so that columns stay where they were.
    private static func readable(_ text: some StringProtocol) -> [Character] {
        var line = Array(text)
        func blank(_ range: Range<Int>) { for index in range { line[index] = " " } }
        func run(at index: Int) -> Int { line[index...].prefix { $0 == "`" }.count }
        var index = 0
        while index < line.count {
            switch line[index] {
            case "`":
                let length = run(at: index)
                var close = index + length
                while close < line.count, line[close] != "`" || run(at: close) != length {
                    close += line[close] == "`" ? run(at: close) : 1
                }
                if close < line.count { blank(index..<(close + length)) }
                index = close < line.count ? close + length : index + length
            case "<" where index + 1 < line.count && (line[index + 1].isLetter || "/!?".contains(line[index + 1])):
                guard let close = line[index...].firstIndex(of: ">") else { index += 1; continue }
                blank(index..<(close + 1))
                index = close + 1
            case "]" where index + 1 < line.count && line[index + 1] == "(":
                guard let close = line[index...].firstIndex(of: ")") else { index += 1; continue }
                blank((index + 1)..<(close + 1))
                index = close + 1
            default:
                index += 1
            }
        }
        return line
    }

    private static func format(_ minutes: Double) -> String {
        let whole = Int(minutes.rounded())
        return whole >= 60 ? "\(whole / 60)h\(whole % 60 == 0 ? "" : "\(whole % 60)m")" : "\(whole)m"
    }
}
