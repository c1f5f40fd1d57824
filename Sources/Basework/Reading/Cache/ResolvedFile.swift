/// What the cache keeps of an entry file once it is resolved against a roster and settings: its entry
/// (nil when it is left out), every problem the file shows, whether it is left out of the reports, and
/// the names it looked up in the roster with what the roster said. A warm run uses it as it is; after
/// the roster changes it is still used when the new roster says the same of each of those names.
struct ResolvedFile: Sendable {
    var entry: Entry?
    var diagnostics: [Diagnostic]
    var leftOut: Bool
    /// `JournalIndex.Setup.rosterKey` of the roster it was resolved with.
    var roster: UInt64
    var lookups: [RosterLookup]

    init(entry: Entry?, diagnostics: [Diagnostic], leftOut: Bool, roster: UInt64 = 0, lookups: [RosterLookup] = []) {
        self.entry = entry
        self.diagnostics = diagnostics
        self.leftOut = leftOut
        self.roster = roster
        self.lookups = lookups
    }

    /// The second stage for one file (`JournalResolver`): its syntax's problems, then the resolver's.
    init(_ syntax: FileSyntax, roster: Roster, rosterKey: UInt64, settings: Settings, spelling: HandleSpelling) {
        let resolved = JournalResolver.resolve(syntax, roster: roster, settings: settings, spelling: spelling)
        self.init(entry: resolved.entry, diagnostics: syntax.diagnostics + resolved.diagnostics, leftOut: syntax.isLeftOut,
                  roster: rosterKey, lookups: syntax.entry.map { RosterLookup.all(in: $0, roster: roster) } ?? [])
    }

    /// The file as the record at `path` holds it: the cache leaves the entry's path out of its bytes.
    consuming func placed(at path: String) -> ResolvedFile {
        entry?.path = path
        return self
    }

    /// Whether resolving the file again against `roster` would give the same: each name it looked up
    /// says the same, and no `unknown-person` suggestion (which weighs every handle of the roster) is
    /// among its problems. Once it holds, it is marked as made with this roster.
    mutating func holds(with roster: Roster, key: UInt64) -> Bool {
        if self.roster == key { return true }
        guard !diagnostics.contains(where: { $0.rule == .unknownPerson }),
              lookups.allSatisfy({ $0 == RosterLookup(name: $0.name, isWikilink: $0.isWikilink, roster: roster) }) else {
            return false
        }
        self.roster = key
        return true
    }
}

/// A name written in an entry (a handle, a `people` item or a wikilink's target) and what the roster
/// said of it when the entry was resolved: all that resolving an entry asks of the roster.
struct RosterLookup: Sendable, Equatable {
    var name: String
    var isWikilink: Bool
    /// The canonical handle the name stands for; nil for a wikilink to no one on the roster.
    var handle: String?
    /// Whether the roster has that person.
    var known: Bool

    init(name: String, isWikilink: Bool, handle: String?, known: Bool) {
        self.name = name
        self.isWikilink = isWikilink
        self.handle = handle
        self.known = known
    }

    /// What `roster` says of the name now.
    init(name: String, isWikilink: Bool, roster: Roster) {
        let handle = isWikilink ? roster.handle(linkedAs: name) : roster.canonical(name)
        self.init(name: name, isWikilink: isWikilink, handle: handle, known: handle.map { roster.people[$0] != nil } ?? false)
    }

    /// Every distinct name an entry looks up, in the order written.
    static func all(in syntax: EntrySyntax, roster: Roster) -> [RosterLookup] {
        var names = syntax.people.map { ($0.text, false) }
        for context in syntax.contexts { names += context.mentions.map { ($0.handle, $0.isWikilink) } }
        for item in syntax.followUps { names += item.mentions.map { ($0.handle, $0.isWikilink) } }
        var lookups: [RosterLookup] = []
        for (name, isWikilink) in names where !lookups.contains(where: { $0.name == name && $0.isWikilink == isWikilink }) {
            lookups.append(RosterLookup(name: name, isWikilink: isWikilink, roster: roster))
        }
        return lookups
    }
}
