/// What the cache keeps of an entry file once it is resolved against a roster and settings: its entry
/// (nil when it is left out), every problem the file shows, and whether it is left out of the reports.
/// A warm run with the same roster and settings uses it as it is, without the file's syntax.
struct ResolvedFile: Sendable {
    var entry: Entry?
    var diagnostics: [Diagnostic]
    var leftOut: Bool

    init(entry: Entry?, diagnostics: [Diagnostic], leftOut: Bool) {
        self.entry = entry
        self.diagnostics = diagnostics
        self.leftOut = leftOut
    }

    /// The second stage for one file (`JournalResolver`): its syntax's problems, then the resolver's.
    init(_ syntax: FileSyntax, roster: Roster, settings: Settings, spelling: HandleSpelling) {
        let resolved = JournalResolver.resolve(syntax, roster: roster, settings: settings, spelling: spelling)
        self.init(entry: resolved.entry, diagnostics: syntax.diagnostics + resolved.diagnostics, leftOut: syntax.isLeftOut)
    }
}
