/// Reads an entry's body into its syntax (FORMAT 2.2 to 2.8): contexts with their mentions,
/// hashtags and durations, follow-up items, the justification sections' source, the title and the
/// headings, every element placed at its line and column in the file.
struct BodyParser {
    let body: BodyLines
    /// The file line of the body's first line.
    let firstLine: Int

    private(set) var contexts: [EntrySyntax.Context] = []
    private(set) var followUps: [EntrySyntax.FollowUpItem] = []
    private(set) var justification: [String] = []
    private(set) var headings: [EntrySyntax.Heading] = []
    private(set) var title: String?
    /// The text of the lines holding each handle's first mention and each parenthesised duration.
    private(set) var quotedLines: [Int: String] = [:]
    private var quotedHandles = Set<String>()

    init(_ bytes: [UInt8], firstLine: Int) {
        body = BodyLines(bytes)
        self.firstLine = firstLine
    }

    mutating func read(sink: inout DiagnosticSink) {
        let blocks = MarkdownBody.blocks(of: body)
        var followUpLevel: Int?
        var justificationAt: (level: Int, line: Int)?
        for block in blocks {
            if case .heading(let level) = block.kind {
                let text = String(decoding: block.text.bytes, as: UTF8.self).trimmed
                headings.append(EntrySyntax.Heading(level: level, text: text, range: lineRange(block.firstLine)))
                if let open = followUpLevel, level <= open { followUpLevel = nil }
                let kind = SectionHeading.kind(of: text)
                if let open = justificationAt, level <= open.level || kind == .followUp {
                    closeJustification(from: open.line, before: block.firstLine)
                    justificationAt = nil
                }
                switch kind {
                case .followUp?:
                    followUpLevel = level
                    continue
                case .justification?:
                    justificationAt = (level, block.lastLine)
                    continue
                case nil:
                    if title == nil { title = text }
                }
            }
            if followUpLevel != nil {
                if block.kind == .listItem { followUps.append(followUp(block, sink: &sink)) }
                continue
            }
            if let context = context(block, sink: &sink) { contexts.append(context) }
        }
        if let open = justificationAt { closeJustification(from: open.line, before: body.count + 1) }
    }

    /// A Justification or Why section's Markdown source, blank lines at both ends removed (FORMAT 2.7).
    private mutating func closeJustification(from heading: Int, before end: Int) {
        var lines = ((heading + 1)..<max(heading + 1, end)).map { String(decoding: body.line($0), as: UTF8.self) }
        while let first = lines.first, first.trimmed.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.trimmed.isEmpty { lines.removeLast() }
        if !lines.isEmpty { justification.append(lines.joined(separator: "\n")) }
    }

    private mutating func context(_ block: BodyBlock, sink: inout DiagnosticSink) -> EntrySyntax.Context? {
        guard !block.text.isEmpty else { return nil }
        let scanner = InlineScanner(block.text)
        let mentions = scanner.mentions().map { mention($0, block.text) }
        let hashtags = scanner.hashtags().map { found in
            let hashtag = EntrySyntax.Hashtag(found.text, range(found.start, found.end, block.text))
            if let likely = TagSpelling.likelyTag(for: found.text) {
                sink.warning(.misspelledTag, at: hashtag.range, "#\(found.text) is not a rung or flag: did you mean #\(likely)? (it counts as a free tag)")
            }
            return hashtag
        }
        let durations = scanner.durations().map { found in
            let duration = EntrySyntax.Duration(minutes: found.minutes, range: range(found.start, found.end, block.text))
            quote(duration.range.start.line)
            return duration
        }
        guard !mentions.isEmpty || !hashtags.isEmpty || !durations.isEmpty else { return nil }
        return EntrySyntax.Context(line: firstLine + block.firstLine - 1, mentions: mentions, hashtags: hashtags, durations: durations)
    }

    private mutating func followUp(_ block: BodyBlock, sink: inout DiagnosticSink) -> EntrySyntax.FollowUpItem {
        let scanner = InlineScanner(block.text)
        let mentions = scanner.mentions().map { mention($0, block.text) }
        let hashtags = scanner.hashtags().map { EntrySyntax.Hashtag($0.text, range($0.start, $0.end, block.text)) }
        var text = String(decoding: block.text.bytes, as: UTF8.self).trimmed[...]
        var done = false
        if text.hasPrefix("[ ]") {
            text = text.dropFirst(3)
        } else if text.hasPrefix("[x]") || text.hasPrefix("[X]") {
            text = text.dropFirst(3)
            done = true
        }
        let due = DueText.scan(String(decoding: block.text.bytes, as: UTF8.self))
        for unreal in due.unrealDates {
            let at = range(unreal.lowerBound, unreal.upperBound, block.text)
            let written = String(decoding: block.text.bytes[unreal], as: UTF8.self)
            sink.warning(.badDueDate, at: at, "\(written) is not a real day, so it is not the due date: write it as YYYY-MM-DD")
        }
        return EntrySyntax.FollowUpItem(text: text.trimmed, line: firstLine + block.firstLine - 1, done: done,
                                        mentions: mentions, hashtags: hashtags, dueDate: due.date, dueWeekday: due.date == nil ? due.weekday : nil)
    }

    private mutating func mention(_ found: InlineScanner.Found, _ text: InlineText) -> EntrySyntax.Mention {
        let mention = EntrySyntax.Mention(handle: found.text, isWikilink: found.isWikilink, range: range(found.start, found.end, text))
        if quotedHandles.insert(found.text.lowercased()).inserted { quote(mention.range.start.line) }
        return mention
    }

    private mutating func quote(_ line: Int) {
        if quotedLines[line] == nil { quotedLines[line] = String(decoding: body.line(line - firstLine + 1), as: UTF8.self) }
    }

    /// The file range of text bytes `start ..< end`.
    private func range(_ start: Int, _ end: Int, _ text: InlineText) -> SourceRange {
        let from = text.start(of: start) ?? (1, 1)
        let to = text.end(of: end) ?? from
        return SourceRange(position(from.line, from.column), position(to.line, to.column))
    }

    private func position(_ line: Int, _ byteColumn: Int) -> SourcePosition {
        SourcePosition(line: firstLine + line - 1, column: body.characterColumn(line: line, byteColumn: byteColumn))
    }

    /// A whole body line.
    private func lineRange(_ line: Int) -> SourceRange {
        SourceRange(position(line, 1), position(line, body.line(line).count + 1))
    }
}
