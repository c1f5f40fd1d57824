import Basework

/// A document the client has open: its text as typed (saved or not) and the journal it belongs to.
struct OpenDocument {
    enum Kind {
        case entry, roster, settings
    }

    var uri: String
    var version: Int?
    var text: DocumentText
    /// The journal root it belongs to.
    var root: String
    /// Its path relative to the root.
    var path: String
    var kind: Kind
    /// The entry's syntax for the text as it is (nil until read, or when it is no entry).
    var syntax: FileSyntax?

    /// What a file at a path under a journal root is to basework: an entry (`*.md`, `*.markdown`),
    /// the root's `people.yml` or `basework.yml`; nil for anything else.
    static func kind(ofRelative path: String) -> Kind? {
        if path == JournalState.rosterName { return .roster }
        if path == JournalState.settingsName { return .settings }
        let lowered = path.lowercased()
        guard lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") else { return nil }
        // FORMAT 1: folders whose name starts with `.` are skipped.
        guard !path.split(separator: "/").dropLast().contains(where: { $0.hasPrefix(".") }) else { return nil }
        return .entry
    }
}
