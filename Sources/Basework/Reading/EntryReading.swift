extension JournalReader {
    /// What reading one entry file gave: the entry, when it could be read without error, and the
    /// file's diagnostics (its warnings count even when the entry is read).
    public struct EntryOutcome: Sendable {
        public var entry: Entry?
        public var diagnostics: [Diagnostic]
    }

    /// Reads one entry file's bytes as `read(root:)` would read them inside a journal with this
    /// roster and these settings; nil when the bytes are not an entry (their first line is not `---`).
    /// For tools that hold an entry's bytes without a journal folder, such as the fuzz target.
    public static func readEntry(path: String, bytes: [UInt8], roster: Roster = Roster(),
                                 settings: Settings = Settings()) -> EntryOutcome? {
        EntryReader(roster: roster, settings: settings).read(path: path, bytes: bytes)
            .map { EntryOutcome(entry: $0.entry, diagnostics: $0.diagnostics) }
    }
}
