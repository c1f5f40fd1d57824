/// Reads a whole journal folder into a `Journal`: the settings and roster first, then every entry
/// on all cores. Every problem becomes a diagnostic; only a root that cannot be listed throws.
public enum JournalReader {
    /// Files larger than this are refused with a diagnostic (8 MiB: a journal entry is a page or two).
    public static let maxFileBytes = 8 << 20

    /// The journal folder itself cannot be listed (missing, not a folder, unreadable).
    public struct RootError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads the whole journal, without the cache: `JournalIndex` with `.basework/` left alone.
    public static func read(root: String) throws(RootError) -> Journal {
        var index = JournalIndex(root: root, cache: false, keepsSyntax: false)
        return try index.update()
    }

    /// The settings and the roster, each read when present, with their diagnostics and a checksum of
    /// each file's bytes (what resolved entries depend on besides their own file).
    static func setup(_ files: JournalFiles, diagnostics: inout [Diagnostic]) -> (Settings, Roster, keys: (settings: UInt64, roster: UInt64)) {
        var keys: (settings: UInt64, roster: UInt64) = (0, 0)
        var settings = Settings()
        if let file = files.settings, let source = text(of: file, key: &keys.settings, diagnostics: &diagnostics) {
            var sink = DiagnosticSink(path: file.relative, source: source)
            settings = SettingsReader.read(source, sink: &sink)
            diagnostics += sink.diagnostics
        }
        var roster = Roster()
        if let file = files.roster, let source = text(of: file, key: &keys.roster, diagnostics: &diagnostics) {
            var sink = DiagnosticSink(path: file.relative, source: source)
            roster = RosterReader.read(source, sink: &sink)
            diagnostics += sink.diagnostics
        }
        return (settings, roster, keys)
    }

    /// What reading one entry file gave: the entry, when it can be placed in time, and the file's
    /// diagnostics.
    public struct EntryOutcome: Sendable {
        public var entry: Entry?
        public var diagnostics: [Diagnostic]
    }

    /// Reads one entry file's bytes as `read(root:)` would read them inside a journal with this
    /// roster and these settings; nil when the bytes are not an entry (their first line is not `---`).
    /// For tools that hold an entry's bytes without a journal folder: the fuzz target, an editor's buffer.
    public static func readEntry(path: String, bytes: [UInt8], roster: Roster = Roster(),
                                 settings: Settings = Settings()) -> EntryOutcome? {
        guard let file = EntryParser.parse(path: path, bytes: bytes) else { return nil }
        let resolved = JournalResolver.resolve([file], roster: roster, settings: settings)
        return EntryOutcome(entry: resolved.entries.first,
                            diagnostics: (file.diagnostics + resolved.diagnostics).sorted(by: Diagnostic.precedes))
    }

    /// A side file's text; `key` becomes its bytes' checksum.
    private static func text(of file: JournalFiles.File, key: inout UInt64, diagnostics: inout [Diagnostic]) -> SourceText? {
        switch JournalFiles.contents(of: file.absolute, limit: maxFileBytes) {
        case .failure(let error):
            diagnostics.append(problem(error, file.relative))
            return nil
        case .success(let bytes):
            key = bytes.withUnsafeBytes { CacheFolder.checksum($0) } &+ 1
            switch SourceText.decode(bytes) {
            case .success(let source): return source
            case .failure(let at):
                var sink = DiagnosticSink(path: file.relative, source: SourceText.lossy(bytes))
                sink.error(.notUTF8, at: at, "the file is not UTF-8 from here on: save it as UTF-8")
                diagnostics += sink.diagnostics
                return nil
            }
        }
    }

    static func problem(_ error: JournalFiles.FileError, _ path: String) -> Diagnostic {
        switch error {
        case .unreadable(let reason):
            Diagnostic(.error, .unreadableFile, path: path, line: 1, column: 1, message: "cannot read this file: \(reason)")
        case .tooLarge(let size):
            Diagnostic(.error, .fileTooLarge, path: path, line: 1, column: 1,
                       message: "this file is \(size / 1_048_576) MiB; basework reads files up to \(maxFileBytes / 1_048_576) MiB")
        }
    }
}
