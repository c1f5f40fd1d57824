/// The text and place of a new entry written by `basework new`: front matter filled in from the
/// options, a heading, and an empty follow-up section.
public struct EntryTemplate: Sendable {
    public var date: Day
    public var activity: String?
    public var struggle: String?
    public var title: String?

    public init(date: Day, activity: String? = nil, struggle: String? = nil, title: String? = nil) {
        self.date = date
        self.activity = activity
        self.struggle = struggle
        self.title = title
    }

    /// `YYYY/MM/YYYY-MM-DD-SLUG.md`, with `-2`, `-3`, … before `.md` for the `attempt`-th try after a clash.
    public func relativePath(attempt: Int = 1) -> String {
        let (year, month, _) = date.components
        let folder = "\(year)/\(month < 10 ? "0" : "")\(month)"
        let suffix = attempt > 1 ? "-\(attempt)" : ""
        return "\(folder)/\(date)-\(slug)\(suffix).md"
    }

    /// The title (else the activity, else `entry`) in lower case, words joined by `-`.
    public var slug: String {
        let source = title ?? activity ?? "entry"
        var words: [String] = []
        var word = ""
        for character in source.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        let joined = String(words.joined(separator: "-").prefix(60))
        return joined.isEmpty ? "entry" : joined
    }

    /// The entry's text. `duration` is left empty for the writer to fill in (`check` warns until then).
    public var text: String {
        var lines = ["---", "date: \(date)", "duration:"]
        lines.append(activity.map { "activity: \(yamlScalar($0))" } ?? "activity:")
        if let struggle { lines.append("struggle: \(yamlScalar(struggle))") }
        lines += ["---", "", "# \(title ?? activity.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "Notes")", "",
                  "<!-- One line per person, e.g.: - @maria-g: first time on a line; mostly listened. (25m) #talked #first-time -->",
                  "", "## Follow-up", "", "<!-- e.g.: - [ ] Coffee with @maria-g about the schedule, due \(date.adding(days: 7)) -->", ""]
        return lines.joined(separator: "\n")
    }

    /// A value safe on one YAML line: quoted when YAML would read it as something else.
    private func yamlScalar(_ value: String) -> String {
        let plain = value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." || $0 == " " }
        if plain, value.first?.isLetter == true { return value }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }
}
