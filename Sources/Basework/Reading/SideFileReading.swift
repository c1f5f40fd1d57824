extension JournalReader {
    /// Reads a roster's bytes (`people.yml`) as `read(root:)` would, with its diagnostics: for tools that
    /// hold an unsaved buffer, such as the language server.
    public static func readRoster(path: String, bytes: [UInt8]) -> (roster: Roster, diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink(path: path)
        guard let source = decoded(bytes, sink: &sink) else { return (Roster(exists: true), sink.diagnostics) }
        let roster = RosterReader.read(source, sink: &sink)
        return (roster, sink.diagnostics)
    }

    /// Reads a settings file's bytes (`basework.yml`) as `read(root:)` would, with its diagnostics.
    public static func readSettings(path: String, bytes: [UInt8]) -> (settings: Settings, diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink(path: path)
        guard let source = decoded(bytes, sink: &sink) else { return (Settings(), sink.diagnostics) }
        let settings = SettingsReader.read(source, sink: &sink)
        return (settings, sink.diagnostics)
    }

    private static func decoded(_ bytes: [UInt8], sink: inout DiagnosticSink) -> SourceText? {
        switch SourceText.decode(bytes) {
        case .success(let source):
            sink.source = source
            return source
        case .failure(let at):
            sink.source = SourceText.lossy(bytes)
            sink.error(.notUTF8, at: at, "the file is not UTF-8 from here on: save it as UTF-8")
            return nil
        }
    }
}
