/// An entry's front matter, each key checked against FORMAT 2.1.
struct FrontMatter {
    var date: Day?
    var minutes: Double?
    var activity: String?
    var mode: Mode = .building
    var aim: Aim?
    var struggle: String?
    var crowd = 0
    var people: [(handle: String, at: SourcePosition)] = []
    var tags: [String] = []
    var justification: String?
    var author: String?

    static let keys = ["date", "duration", "activity", "mode", "aim", "struggle", "crowd", "people", "tags",
                       "justification", "author"]
    /// The largest duration and crowd accepted: an entry is one day's work.
    static let maxMinutes = 24.0 * 60
    static let maxCrowd = 1_000_000

    /// Reads the front matter's map; problems go to `sink`.
    static func read(_ value: YAMLValue?, fenceAt fence: SourcePosition, settings: Settings,
                     sink: inout DiagnosticSink) -> FrontMatter {
        var matter = FrontMatter()
        guard case .map(let pairs, _)? = value else {
            if let value {
                sink.error(.frontMatterNotMap, at: value.position,
                           "front matter must be keys and values (`date: 2026-11-20`), not \(value.shape)")
            } else {
                sink.error(.missingDate, at: fence, "the entry has no `date`: add `date: YYYY-MM-DD` to its front matter")
            }
            return matter
        }
        var seen = Set<String>()
        var missingDurationAt = fence
        for (key, keyAt, value) in pairs {
            if key == "duration", value.isNull {
                missingDurationAt = keyAt.start
                continue
            }
            if !seen.insert(key).inserted {
                sink.error(.duplicateKey, at: keyAt, "`\(key)` is given twice in the front matter; keep one")
                continue
            }
            matter.read(key: key, keyAt: keyAt.start, value: value, settings: settings, sink: &sink)
        }
        if !seen.contains("date") {
            sink.error(.missingDate, at: fence, "the entry has no `date`: add `date: YYYY-MM-DD` to its front matter")
        }
        if !seen.contains("duration") {
            sink.warning(.missingDuration, at: missingDurationAt, "the entry has no `duration`, so it counts as 0 minutes: add one such as `duration: 1h30m`")
        }
        return matter
    }

    private mutating func read(key: String, keyAt: SourcePosition, value: YAMLValue, settings: Settings,
                               sink: inout DiagnosticSink) {
        let at = value.position
        switch key {
        case "date":
            guard let text = value.string, let day = Day(iso: text) else {
                sink.error(.badDate, at: at, "`date` must be a real day as YYYY-MM-DD; \(value.shape) is not")
                return
            }
            date = day
        case "duration":
            guard let text = value.string, let minutes = DurationText.minutes(Substring(text), bareHours: true) else {
                sink.error(.badDuration, at: at, "`duration` must look like 3h, 45m, 1h30m, 1.5h or a number of hours; \(value.shape) does not")
                return
            }
            guard minutes <= FrontMatter.maxMinutes else {
                sink.error(.badDuration, at: at, "`duration` of \(text) is more than 24 hours: an entry is one day's work")
                return
            }
            self.minutes = minutes
        case "activity":
            guard let text = word(value, key, sink: &sink) else { return }
            activity = text
            if !settings.knowsActivity(text) {
                sink.warning(.unknownActivity, at: at, "unknown activity \"\(text)\": use one of \(Settings.builtInActivities.joined(separator: ", ")), or add it to `activities` in basework.yml")
            }
        case "mode":
            guard let text = value.string, let mode = Mode(rawValue: text) else {
                sink.error(.badValue, at: at, "`mode` must be building or support, not \(value.shape)")
                return
            }
            self.mode = mode
        case "aim":
            guard let text = value.string, let aim = Aim(rawValue: text) else {
                sink.error(.badValue, at: at, "`aim` must be new-people, deepen, cadre or relationships, not \(value.shape)")
                return
            }
            self.aim = aim
        case "struggle":
            struggle = word(value, key, sink: &sink)
        case "crowd":
            guard let text = value.string, let crowd = Int(text), crowd >= 0, crowd <= FrontMatter.maxCrowd else {
                sink.error(.badValue, at: at, "`crowd` must be a whole number from 0 to \(FrontMatter.maxCrowd), not \(value.shape)")
                return
            }
            self.crowd = crowd
        case "people":
            guard let handles = words(value, key, sink: &sink) else { return }
            people = handles.map { (handle: $0.text.hasPrefix("@") ? String($0.text.dropFirst()) : $0.text, at: $0.at) }
        case "tags":
            tags = words(value, key, sink: &sink)?.map { $0.text.lowercased() } ?? []
        case "justification":
            guard let text = value.string else {
                sink.error(.badValue, at: at, "`justification` must be text, not \(value.shape)")
                return
            }
            justification = text.isEmpty ? nil : text
        case "author":
            author = word(value, key, sink: &sink)
        default:
            if let likely = KeySpelling.likelyKey(for: key, among: FrontMatter.keys) {
                sink.warning(.misspelledKey, at: keyAt, "unknown key `\(key)`: did you mean `\(likely)`?")
            }
        }
    }

    private func word(_ value: YAMLValue, _ key: String, sink: inout DiagnosticSink) -> String? {
        guard let text = value.string, !text.isEmpty else {
            if !value.isNull { sink.error(.badValue, at: value.position, "`\(key)` must be a single word, not \(value.shape)") }
            return nil
        }
        return text
    }

    private func words(_ value: YAMLValue, _ key: String, sink: inout DiagnosticSink) -> [(text: String, at: SourcePosition)]? {
        switch value {
        case .list(let items, _):
            var found: [(text: String, at: SourcePosition)] = []
            for item in items {
                guard let text = item.string, !text.isEmpty else {
                    sink.error(.badValue, at: item.position, "each of `\(key)` must be a word, not \(item.shape)")
                    return nil
                }
                found.append((text, item.position))
            }
            return found
        case .scalar(let text, let at, _) where !value.isNull:
            return text.split(separator: ",").map { (text: $0.trimmed, at: at.start) }.filter { !$0.text.isEmpty }
        case .scalar:
            return []
        case .map:
            sink.error(.badValue, at: value.position, "`\(key)` must be a list such as [a, b], not a map")
            return nil
        }
    }
}
