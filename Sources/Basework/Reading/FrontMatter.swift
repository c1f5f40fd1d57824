/// An entry's front matter, each key checked against FORMAT 2.1 without the roster or the settings.
/// A value with an error is reported and left absent; the entry keeps everything else (FORMAT 6).
struct FrontMatter {
    var date: Day?
    var minutes: Double?
    var activity: EntrySyntax.Word?
    var mode: Mode = .building
    var aim: Aim?
    var struggle: String?
    var crowd = 0
    var people: [EntrySyntax.Word] = []
    var tags: [String] = []
    var justification: String?
    var author: String?
    var keys: [EntrySyntax.Word] = []

    static let known = ["date", "duration", "activity", "mode", "aim", "struggle", "crowd", "people", "tags",
                        "justification", "author"]
    /// The largest duration and crowd accepted: an entry is one day's work.
    static let maxMinutes = 24.0 * 60
    static let maxCrowd = 1_000_000

    /// Reads the front matter's map; problems go to `sink`.
    static func read(_ value: YAMLValue?, fence: SourceRange, sink: inout DiagnosticSink) -> FrontMatter {
        var matter = FrontMatter()
        guard case .map(let pairs, _)? = value else {
            if let value {
                sink.error(.frontMatterNotMap, at: value.range,
                           "front matter must be keys and values (`date: 2026-11-20`), not \(value.shape)")
            } else {
                sink.error(.missingDate, at: fence, "the entry has no `date`: add `date: YYYY-MM-DD` to its front matter")
            }
            return matter
        }
        var seen = Set<String>()
        var missingDurationAt = fence
        var durationIsEmpty = false
        for (key, keyAt, value) in pairs {
            matter.keys.append(EntrySyntax.Word(key, keyAt))
            if key == "duration", value.isNull {
                missingDurationAt = keyAt
                durationIsEmpty = true
                seen.insert(key)
                continue
            }
            seen.insert(key)
            matter.read(key: key, keyAt: keyAt, value: value, sink: &sink)
        }
        if !seen.contains("date") {
            sink.error(.missingDate, at: fence, "the entry has no `date`: add `date: YYYY-MM-DD` to its front matter")
        }
        if !seen.contains("duration") || durationIsEmpty {
            sink.warning(.missingDuration, at: missingDurationAt, "the entry has no `duration`, so it counts as 0 minutes: add one such as `duration: 1h30m`")
        }
        return matter
    }

    private mutating func read(key: String, keyAt: SourceRange, value: YAMLValue, sink: inout DiagnosticSink) {
        let at = value.range
        switch key {
        case "date":
            guard let text = value.string, let day = Day(iso: text) else {
                sink.error(.badDate, at: at, "`date` must be a real day as YYYY-MM-DD; \(value.shape) is not")
                return
            }
            date = day
        case "duration":
            readDuration(value, sink: &sink)
        case "activity":
            guard let text = word(value, key, sink: &sink) else { return }
            activity = EntrySyntax.Word(text.lowercased(), at)
        case "mode":
            guard let text = value.string, let mode = Mode(rawValue: text.lowercased()) else {
                sink.error(.badValue, at: at, "`mode` must be building or support, not \(value.shape)")
                return
            }
            self.mode = mode
        case "aim":
            guard let text = value.string, let aim = Aim(rawValue: text.lowercased()) else {
                sink.error(.badValue, at: at, "`aim` must be new-people, deepen, cadre or relationships, not \(value.shape)")
                return
            }
            self.aim = aim
        case "struggle":
            struggle = word(value, key, sink: &sink)
        case "crowd":
            guard let text = value.string, let crowd = Int(text), crowd >= 0, crowd <= FrontMatter.maxCrowd else {
                sink.error(.badValue, at: at, "`crowd` must be a whole number from 0 to \(FrontMatter.maxCrowd), not \(value.shape): the entry counts with no crowd")
                return
            }
            self.crowd = crowd
        case "people":
            people = (words(value, key, sink: &sink) ?? []).compactMap { item in
                guard let handle = PeopleItem.handle(item.text) else {
                    sink.warning(.badHandle, at: item.range, "\"\(item.text)\" in `people` is not a handle (`maria-g`, `@maria-g` or `[[maria-g]]`): it is left out")
                    return nil
                }
                return EntrySyntax.Word(handle, item.range)
            }
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
            if let likely = KeySpelling.likelyKey(for: key, among: FrontMatter.known) {
                sink.warning(.misspelledKey, at: keyAt, "unknown key `\(key)`: did you mean `\(likely)`?")
            }
        }
    }

    private mutating func readDuration(_ value: YAMLValue, sink: inout DiagnosticSink) {
        let at = value.range
        guard let text = value.string, let minutes = DurationText.minutes(Substring(text), bareHours: true) else {
            sink.error(.badDuration, at: at, "`duration` must look like 3h, 45m, 1h30m, 90 min or a number of hours; \(value.shape) does not")
            return
        }
        guard minutes <= FrontMatter.maxMinutes else {
            if let minutes = DurationText.minutesHint(Substring(text)) {
                sink.error(.badDuration, at: at, "`duration` of \(text) hours is more than 24 hours; if you meant minutes, write `\(minutes)`")
            } else {
                sink.error(.badDuration, at: at, "`duration` of \(text) is more than 24 hours: an entry is one day's work")
            }
            return
        }
        self.minutes = minutes
    }

    private func word(_ value: YAMLValue, _ key: String, sink: inout DiagnosticSink) -> String? {
        guard let text = value.string, !text.isEmpty else {
            if !value.isNull { sink.error(.badValue, at: value.range, "`\(key)` must be a single word, not \(value.shape)") }
            return nil
        }
        return text
    }

    private func words(_ value: YAMLValue, _ key: String, sink: inout DiagnosticSink) -> [EntrySyntax.Word]? {
        switch value {
        case .list(let items, _):
            var found: [EntrySyntax.Word] = []
            for item in items {
                guard let text = item.string, !text.isEmpty else {
                    sink.error(.badValue, at: item.range, "each of `\(key)` must be a word, not \(item.shape)")
                    continue
                }
                found.append(EntrySyntax.Word(text, item.range))
            }
            return found
        case .scalar(let text, let at, _) where !value.isNull:
            return text.split(separator: ",").map { EntrySyntax.Word($0.trimmed, at) }.filter { !$0.text.isEmpty }
        case .scalar:
            return []
        case .map:
            sink.error(.badValue, at: value.range, "`\(key)` must be a list such as [a, b], not a map")
            return nil
        }
    }
}

/// An item of the front matter `people` list (FORMAT 2.1): `maria-g`, `@maria-g` or `[[maria-g]]`
/// (with `|shown text` inside the brackets allowed).
enum PeopleItem {
    /// The handle, or nil when the item is not one.
    static func handle(_ item: String) -> String? {
        var text = item.trimmed[...]
        if text.hasPrefix("[["), text.hasSuffix("]]"), text.count >= 4 {
            text = text.dropFirst(2).dropLast(2)
            if let bar = text.firstIndex(of: "|") { text = text[..<bar] }
            text = text.trimmed[...]
        } else if text.hasPrefix("@") {
            text = text.dropFirst()
        }
        return isHandle(text) ? String(text) : nil
    }

    /// A letter or digit, then letters, digits, `-`, `_` or `.`, not ending in `.` (FORMAT 2.2).
    static func isHandle(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, InlineScanner.isWordScalar(first), text.last != "." else { return false }
        return text.unicodeScalars.allSatisfy { InlineScanner.isWordScalar($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }
}
