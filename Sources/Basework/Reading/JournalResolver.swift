/// The second stage of reading: every file's syntax resolved against the roster and the settings
/// (aliases and wikilinks to people, unknown people, activities, explicit times, default due dates)
/// into entries and the diagnostics that need the journal as a whole.
public enum JournalResolver {
    /// The entries of the files that hold one, and the problems found in resolving them.
    public static func resolve(_ files: [FileSyntax], roster: Roster, settings: Settings) -> (entries: [Entry], diagnostics: [Diagnostic]) {
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        entries.reserveCapacity(files.count)
        let spelling = spelling(for: roster)
        for file in files {
            let resolved = resolve(file, roster: roster, settings: settings, spelling: spelling)
            if let entry = resolved.entry { entries.append(entry) }
            diagnostics += resolved.diagnostics
        }
        return (entries, diagnostics)
    }

    /// The suggestions for unknown handles: made once per roster, shared by every file resolved against it.
    static func spelling(for roster: Roster) -> HandleSpelling {
        HandleSpelling(candidates: roster.exists ? roster.allHandles : [])
    }

    /// One file's entry (nil when it has none or it cannot be placed in time) and the problems found
    /// in resolving it.
    static func resolve(_ file: FileSyntax, roster: Roster, settings: Settings,
                        spelling: HandleSpelling) -> (entry: Entry?, diagnostics: [Diagnostic]) {
        guard let syntax = file.entry else { return (nil, []) }
        var resolver = EntryResolver(path: file.path, syntax: syntax, roster: roster, settings: settings, spelling: spelling)
        let entry = resolver.entry()
        return (entry, resolver.diagnostics)
    }
}

/// Resolves one entry's syntax (FORMAT 2.2 to 2.8, 3.3, 4).
struct EntryResolver {
    let path: String
    let syntax: EntrySyntax
    let roster: Roster
    let settings: Settings
    /// Suggests a roster handle for an unknown one.
    let spelling: HandleSpelling
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, syntax: EntrySyntax, roster: Roster, settings: Settings, spelling: HandleSpelling) {
        self.path = path
        self.syntax = syntax
        self.roster = roster
        self.settings = settings
        self.spelling = spelling
    }

    /// The entry, checked against the roster and settings; nil when it has no date to place it in time
    /// (its problems are still reported).
    mutating func entry() -> Entry? {
        warnUnknownPeople()
        if let activity = syntax.activity, !settings.knowsActivity(activity.text) {
            warn(.unknownActivity, activity.range, "unknown activity \"\(activity.text)\": use one of \(Settings.builtInActivities.joined(separator: ", ")), or add it to `activities` in basework.yml")
        }
        let timesCount = explicitTimesFit()
        guard let date = syntax.date else { return nil }
        var interactions = InteractionMerger()
        for context in syntax.contexts {
            let handles = distinct(context.mentions)
            guard !handles.isEmpty else { continue }
            let tags = context.hashtags.map(\.text)
            let rung = tags.compactMap(Rung.init(tag:)).max() ?? .present
            let free = tags.filter { Rung(tag: $0) == nil && $0 != "first-time" }
            let explicit = timesCount ? context.durations.reduce(0) { $0 + $1.minutes } : 0
            for handle in handles {
                interactions.merge(Interaction(handle: handle, rung: rung, firstTime: tags.contains("first-time"), tags: free,
                                               explicitMinutes: explicit > 0 ? explicit / Double(handles.count) : nil,
                                               line: context.line))
            }
        }
        for person in syntax.people {
            interactions.merge(Interaction(handle: roster.canonical(person.text), line: person.range.start.line))
        }
        let followUps = syntax.followUps.map { item in
            FollowUp(text: item.text, people: distinct(item.mentions).sorted(), done: item.done,
                     due: item.dueDate ?? item.dueWeekday.map(date.nextWeekday) ?? date.adding(days: settings.followUpDays),
                     line: item.line)
        }
        return Entry(path: path, date: date, minutes: syntax.minutes ?? 0, activity: syntax.activity?.text,
                     mode: syntax.mode, aim: syntax.aim, struggle: syntax.struggle, crowd: syntax.crowd, tags: syntax.tags,
                     hashtags: bodyHashtags(),
                     justification: syntax.justification, author: syntax.author, title: syntax.title,
                     interactions: interactions.interactions, followUps: followUps)
    }

    /// Every hashtag of the body, once each, in order.
    private func bodyHashtags() -> [String] {
        var seen = Set<String>()
        return (syntax.contexts.flatMap(\.hashtags) + syntax.followUps.flatMap(\.hashtags)).map(\.text)
            .filter { seen.insert($0).inserted }
    }

    /// The canonical handle a mention names: an `@handle` always names someone; a wikilink only a
    /// roster person, by handle, alias or name (FORMAT 2.2).
    private func handle(_ mention: EntrySyntax.Mention) -> String? {
        mention.isWikilink ? roster.handle(linkedAs: mention.handle) : roster.canonical(mention.handle)
    }

    private func distinct(_ mentions: [EntrySyntax.Mention]) -> [String] {
        var handles: [String] = []
        // A context names a few people; a set pays only where one names many.
        var seen: Set<String>? = mentions.count > 16 ? [] : nil
        for mention in mentions {
            guard let handle = handle(mention) else { continue }
            if seen == nil ? !handles.contains(handle) : seen!.insert(handle).inserted { handles.append(handle) }
        }
        return handles
    }

    /// Whether the explicit times fit in the duration; when they do not, an error at the one that
    /// takes the sum past it, and the entry is read as if it had none (FORMAT 3.3, 6). A duration in
    /// a context that names no one is no one's time, and is left out of the sum.
    private mutating func explicitTimesFit() -> Bool {
        let minutes = syntax.minutes ?? 0
        var sum = 0.0
        for context in syntax.contexts where !context.durations.isEmpty && context.mentions.contains(where: { handle($0) != nil }) {
            for duration in context.durations {
                sum += duration.minutes
                if sum > minutes + 1e-9 {
                    diagnostics.append(diagnostic(.error, .explicitTimeTooLong, duration.range,
                        "the times given with people add up to \(MinutesText.format(sum)), more than the entry's duration of \(MinutesText.format(minutes)): shorten them or raise `duration` (the entry is read without them)"))
                    return false
                }
            }
        }
        return true
    }

    /// `unknown-person` once per handle in the file, at its first occurrence (FORMAT 4), only when
    /// the journal has a roster.
    private mutating func warnUnknownPeople() {
        guard roster.exists, namesSomeoneUnknown() else { return }
        var written: [(String, SourceRange)] = syntax.people.map { ($0.text, $0.range) }
        for context in syntax.contexts { written += context.mentions.filter { !$0.isWikilink }.map { ($0.handle, $0.range) } }
        for item in syntax.followUps { written += item.mentions.filter { !$0.isWikilink }.map { ($0.handle, $0.range) } }
        written.sort { $0.1.start < $1.1.start }
        var warned = Set<String>()
        for (handle, range) in written where !roster.knows(handle) && warned.insert(roster.canonical(handle)).inserted {
            var message = "unknown person @\(handle): add \(roster.canonical(handle)) to people.yml"
            if let likely = spelling.likelyHandle(for: handle) {
                message = "unknown person @\(handle): did you mean @\(likely)? (or add \(roster.canonical(handle)) to people.yml)"
            }
            warn(.unknownPerson, range, message)
        }
    }

    /// Whether any handle written in the entry is missing from the roster (most entries: none).
    private func namesSomeoneUnknown() -> Bool {
        for person in syntax.people where !roster.knows(person.text) { return true }
        for context in syntax.contexts {
            for mention in context.mentions where !mention.isWikilink && !roster.knows(mention.handle) { return true }
        }
        for item in syntax.followUps {
            for mention in item.mentions where !mention.isWikilink && !roster.knows(mention.handle) { return true }
        }
        return false
    }

    private mutating func warn(_ rule: Diagnostic.Rule, _ range: SourceRange, _ message: String) {
        diagnostics.append(diagnostic(.warning, rule, range, message))
    }

    private func diagnostic(_ severity: Diagnostic.Severity, _ rule: Diagnostic.Rule, _ range: SourceRange,
                            _ message: String) -> Diagnostic {
        Diagnostic(severity, rule, path: path, line: range.start.line, column: range.start.column, end: range.end,
                   message: message,
                   sourceLine: syntax.quotedLines[range.start.line].map { String($0.prefix(DiagnosticSink.maxShownCharacters)) })
    }
}

extension Roster {
    /// Every handle and alias, sorted, for suggestions.
    var allHandles: [String] { (Array(people.keys) + Array(aliases.keys)).sorted() }

    /// The person a wikilink names by handle, alias or name (case ignored), if any.
    func handle(linkedAs target: String) -> String? {
        let lower = target.lowercased()
        if people[lower] != nil { return lower }
        if let handle = aliases[lower] { return handle }
        return people.values.filter { $0.name.lowercased() == lower }.map(\.handle).min()
    }
}
